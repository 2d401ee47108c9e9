//! Full-text search and "more like this" over the tantivy index. Opens the
//! index only (never the Parquet table, never the corpus), once per process.
//!
//! Ranking is BM25 over title, summary, root cause, timeline, recovery and
//! body, with boosts so that a hit in the title or the root-cause section
//! counts more than one in the body. Filters are tantivy queries (term
//! queries on the exact-match categories, range queries on the date and
//! minute fast fields) combined with the text query, not a post-filter.

use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use std::path::Path;
use std::sync::LazyLock;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, Query, QueryParser, QueryParserError, RangeQuery,
    RegexQuery, TermQuery,
};
use tantivy::query_grammar::{self, Delimiter, UserInputAst, UserInputLeaf};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, Searcher, TantivyDocument, Term};

use crate::store::index::{Fields, date_value, fields_of};

/// Hits fetched beyond the limit so that ties at the limit are cut in path
/// order (up to this many tied hits).
const TIE_MARGIN: usize = 32;

/// Clauses of a boolean query.
type Clauses = Vec<(Occur, Box<dyn Query>)>;

/// Filters applied inside the query.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub cause: Option<String>,
    pub detection: Option<String>,
    pub resolution: Option<String>,
    /// Inclusive, `YYYY-MM-DD`.
    pub since: Option<String>,
    pub until: Option<String>,
    pub min_minutes: Option<i64>,
}

/// One search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub root_cause: Option<String>,
    pub detection: Option<String>,
    pub resolution: Option<String>,
    pub window_min: Option<i64>,
    pub duration_min: Option<i64>,
    pub snippet: Option<SnippetOut>,
    /// For `similar`: the terms shared with the given incident.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

/// Snippets for the hits of one query. tantivy's generator tokenises (and
/// stems) the whole stored body of each hit; bodies run to 20 KB, so it is
/// given the part around the first place a query term occurs, and the
/// whole body only when no term is found as written (a stem that is not a
/// prefix of the word, "happi" for "happy").
pub struct Snippets {
    generator: SnippetGenerator,
    /// The query's terms in the body field, as indexed (lower-case stems),
    /// as one ASCII-case-insensitive pattern: the first place any of them
    /// occurs, without lower-casing a copy of each body.
    first_term: Option<aho_corasick::AhoCorasick>,
}

impl Snippets {
    /// Characters of body kept before and after the first term found.
    const BEFORE: usize = 80;
    const AFTER: usize = 320;

    fn create(
        searcher: &Searcher,
        query: &dyn Query,
        field: tantivy::schema::Field,
    ) -> tantivy::Result<Snippets> {
        let mut terms: std::collections::BTreeSet<tantivy::Term> = Default::default();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                terms.insert(term.clone());
            }
        });
        let mut texts: std::collections::BTreeMap<String, f32> = Default::default();
        for term in &terms {
            let value = term.value();
            let Some(t) = value.as_str() else { continue };
            let df = searcher.doc_freq(term)?;
            if df > 0 {
                texts.insert(t.to_string(), 1.0 / (1.0 + df as f32));
            }
        }
        let tokenizer = searcher.index().tokenizer_for_field(field)?;
        let words: Vec<String> = texts.keys().filter(|t| t.len() >= 2).cloned().collect();
        // Aho-Corasick rather than a regex: built per query, it costs a
        // few microseconds where compiling a regex cost tens.
        let first_term = (!words.is_empty())
            .then(|| {
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                    .build(&words)
                    .ok()
            })
            .flatten();
        Ok(Snippets {
            generator: SnippetGenerator::new(texts, tokenizer, field, 180),
            first_term,
        })
    }

    /// The snippet and the byte offset of the text it was cut from.
    fn snippet(&self, body: &str) -> (tantivy::snippet::Snippet, usize) {
        let first = self
            .first_term
            .as_ref()
            .and_then(|r| r.find(body.as_bytes()))
            .map(|m| m.start());
        if let Some(p) = first {
            let floor = |mut i: usize| {
                while !body.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let a = floor(p.saturating_sub(Self::BEFORE));
            let b = floor((p + Self::AFTER).min(body.len()));
            let sn = self.generator.snippet(&body[a..b]);
            if !sn.fragment().is_empty() {
                return (sn, a);
            }
        }
        (self.generator.snippet(body), 0)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SnippetOut {
    /// The fragment as plain text.
    pub text: String,
    /// The fragment with `<b>` around matched terms (HTML-escaped).
    pub html: String,
    /// Byte ranges of matched terms within `text`.
    pub highlights: Vec<(usize, usize)>,
    /// 1-based line of the file where the fragment starts.
    pub line: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("invalid query: {0}")]
    Syntax(String),
    #[error("invalid filter: {0}")]
    Filter(String),
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Store(#[from] crate::error::Error),
}

/// An opened index, ready for many queries.
pub struct Engine {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    parser: QueryParser,
}

impl Engine {
    pub fn open(index_dir: &Path) -> Result<Engine, SearchError> {
        let index = crate::store::index::open_for_reading(index_dir)?;
        // Snippets tokenise the part of each hit's body they show: the
        // memoising stemmer makes the words seen before cost a lookup.
        crate::store::stem::register(&index);
        let fields = fields_of(&index.schema())?;
        let reader = index.reader()?;
        let mut parser = QueryParser::for_index(
            &index,
            vec![
                fields.title,
                fields.summary,
                fields.rootcause,
                fields.timeline,
                fields.recovery,
                fields.body,
            ],
        );
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.title, 3.0);
        parser.set_field_boost(fields.rootcause, 2.5);
        parser.set_field_boost(fields.summary, 1.5);
        parser.set_field_boost(fields.recovery, 1.2);
        parser.set_field_boost(fields.timeline, 1.0);
        parser.set_field_boost(fields.body, 1.0);
        Ok(Engine {
            index,
            reader,
            fields,
            parser,
        })
    }

    /// Open the index of a store's live generation.
    pub fn open_store(store: &Path) -> Result<Engine, SearchError> {
        let g = crate::store::Store::new(store).open()?;
        Engine::open(&g.index())
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Parse the user's query with tantivy's query grammar (Lucene's
    /// language: `AND`, `OR`, `NOT`, `+`, `-`, parentheses, `field:`,
    /// phrases with slop, boosts) and build it from the syntax tree, with
    /// three edits to the tree:
    ///
    /// - a single-term prefix (`conn*`, `title:conn*`), which tantivy's
    ///   builder only allows in phrases, becomes a prefix match over the
    ///   term dictionary of each field;
    /// - a phrase that names no field is matched in the title and the body
    ///   only: the section fields are parts of the body, so a phrase in one
    ///   is in the body too, and checking its positions in six fields made
    ///   phrases the slowest queries (p99 at 100,000 postmortems);
    /// - a group that only excludes (`a AND NOT b` parses as `+a +(-b)`) has
    ///   its exclusions lifted into the enclosing group, as Lucene reads it;
    ///   a query of exclusions only excludes from every incident.
    pub fn parse(&self, q: &str) -> Result<Box<dyn Query>, SearchError> {
        let q = q.trim();
        if q.is_empty() || q == "*" {
            return Ok(Box::new(AllQuery));
        }
        let ast = query_grammar::parse_query(q).map_err(|_| {
            SearchError::Syntax(format!(
                "syntax error in `{q}` (check quotes, parentheses and operators)"
            ))
        })?;
        self.build(lift_exclusions(ast))
    }

    /// Build one node of the syntax tree.
    fn build(&self, ast: UserInputAst) -> Result<Box<dyn Query>, SearchError> {
        match ast {
            UserInputAst::Clause(items) => {
                let mut clauses: Clauses = Vec::with_capacity(items.len() + 1);
                for (occur, child) in items {
                    // Conjunction by default, as the parser is configured.
                    clauses.push((occur.unwrap_or(Occur::Must), self.build(child)?));
                }
                if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Ok(Box::new(BooleanQuery::new(clauses)))
            }
            UserInputAst::Boost(inner, boost) => Ok(Box::new(BoostQuery::new(
                self.build(*inner)?,
                boost.into_inner() as f32,
            ))),
            UserInputAst::Leaf(leaf) => self.build_leaf(*leaf),
        }
    }

    fn build_leaf(&self, leaf: UserInputLeaf) -> Result<Box<dyn Query>, SearchError> {
        let parse_error = |e: QueryParserError| SearchError::Syntax(describe_parse_error(&e));
        match leaf {
            UserInputLeaf::Literal(lit) if lit.delimiter == Delimiter::None && is_prefix(&lit) => {
                self.prefix_query(lit.field_name.as_deref(), &lit.phrase)
            }
            UserInputLeaf::Literal(lit)
                if lit.field_name.is_none() && lit.delimiter != Delimiter::None && !lit.prefix =>
            {
                let mut any: Clauses = Vec::with_capacity(2);
                for field in ["title", "body"] {
                    let mut one = lit.clone();
                    one.field_name = Some(field.to_string());
                    let leaf = UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(one)));
                    let q = self
                        .parser
                        .build_query_from_user_input_ast(leaf)
                        .map_err(parse_error)?;
                    any.push((Occur::Should, q));
                }
                Ok(Box::new(BooleanQuery::new(any)))
            }
            leaf => self
                .parser
                .build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(leaf)))
                .map_err(parse_error),
        }
    }

    /// `word*`: every term of the field(s) that starts with `word`.
    fn prefix_query(&self, field: Option<&str>, word: &str) -> Result<Box<dyn Query>, SearchError> {
        let fields = match field {
            Some(name) => vec![self.index.schema().get_field(name).map_err(|_| {
                SearchError::Syntax(describe_parse_error(&QueryParserError::FieldDoesNotExist(
                    name.to_string(),
                )))
            })?],
            None => self.text_fields(),
        };
        let word = word.trim_end_matches('*').to_lowercase();
        let pattern = format!("{}.*", regex::escape(&word));
        let mut any: Clauses = Vec::with_capacity(fields.len());
        for f in fields {
            any.push((
                Occur::Should,
                Box::new(RegexQuery::from_pattern(&pattern, f)?),
            ));
        }
        Ok(Box::new(BooleanQuery::new(any)))
    }

    fn text_fields(&self) -> Vec<tantivy::schema::Field> {
        let f = &self.fields;
        vec![
            f.title,
            f.summary,
            f.rootcause,
            f.timeline,
            f.recovery,
            f.body,
        ]
    }

    /// The filters as query clauses.
    fn filter_clauses(&self, flt: &Filters) -> Result<Clauses, SearchError> {
        let f = &self.fields;
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term = |field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(c) = &flt.cause {
            out.push((Occur::Must, term(f.root_cause, c)));
        }
        if let Some(c) = &flt.detection {
            out.push((Occur::Must, term(f.detection, c)));
        }
        if let Some(c) = &flt.resolution {
            out.push((Occur::Must, term(f.resolution, c)));
        }
        if flt.since.is_some() || flt.until.is_some() {
            let bound = |s: &Option<String>, what: &str| -> Result<Bound<Term>, SearchError> {
                match s {
                    None => Ok(Bound::Unbounded),
                    Some(s) => date_value(s)
                        .map(|d| Bound::Included(Term::from_field_date(f.date, d)))
                        .ok_or_else(|| {
                            SearchError::Filter(format!("--{what} {s}: expected a date YYYY-MM-DD"))
                        }),
                }
            };
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(&flt.since, "since")?,
                    bound(&flt.until, "until")?,
                )),
            ));
        }
        if let Some(m) = flt.min_minutes {
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_i64(f.window_min, m)),
                    Bound::Unbounded,
                )),
            ));
        }
        Ok(out)
    }

    /// Combine a text query with the filters.
    pub fn with_filters(
        &self,
        q: Box<dyn Query>,
        flt: &Filters,
    ) -> Result<Box<dyn Query>, SearchError> {
        let mut clauses = self.filter_clauses(flt)?;
        if clauses.is_empty() {
            return Ok(q);
        }
        clauses.insert(0, (Occur::Must, q));
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Run a query; returns the total number of matches and the top hits.
    /// Ties are ordered by path.
    pub fn search(
        &self,
        query: &dyn Query,
        limit: usize,
        snippets: bool,
    ) -> Result<(usize, Vec<Hit>), SearchError> {
        let searcher = self.searcher();
        // One pass for the top hits and the count. (Two passes, TopDocs
        // alone then Count, were measured: a phrase matched twice costs
        // more than what block-max pruning saves on single terms; p99 at
        // 100,000 postmortems went from 16 to 30 ms.)
        // Hits of equal score come in index order, which a re-ingest may
        // change (segments are written in parallel): a few more than asked
        // are fetched and ties are put in path order, so the same store
        // answers the same way.
        let (top, count) = searcher.search(
            query,
            &(
                TopDocs::with_limit(limit.max(1) + TIE_MARGIN).order_by_score(),
                Count,
            ),
        )?;
        let snippets_gen = if snippets {
            Some(Snippets::create(&searcher, query, self.fields.body)?)
        } else {
            None
        };
        // (Paths are read only where scores tie: most queries have none.)
        let tied = top.windows(2).any(|w| w[0].0 == w[1].0);
        let mut keyed = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let path = if tied {
                let doc: TantivyDocument = searcher.doc(addr)?;
                doc.get_first(self.fields.path)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            } else {
                String::new()
            };
            keyed.push((score, path, addr));
        }
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let mut hits = Vec::new();
        for (i, (score, _, addr)) in keyed.into_iter().enumerate().take(limit) {
            hits.push(self.hit(&searcher, addr, i + 1, score, snippets_gen.as_ref())?);
        }
        Ok((count, hits))
    }

    fn hit(
        &self,
        searcher: &Searcher,
        addr: DocAddress,
        rank: usize,
        score: f32,
        snippets_gen: Option<&Snippets>,
    ) -> Result<Hit, SearchError> {
        let f = &self.fields;
        let doc: TantivyDocument = searcher.doc(addr)?;
        let s = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let i = |field| doc.get_first(field).and_then(|v| v.as_i64());
        let date = doc
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .map(|d| {
                let secs = d.into_timestamp_secs();
                jiff::Timestamp::from_second(secs)
                    .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
                    .unwrap_or_default()
            });
        let snippet = snippets_gen.and_then(|g| {
            let body = s(f.body)?;
            let (sn, offset) = g.snippet(&body);
            if sn.fragment().is_empty() {
                return None;
            }
            let range = sn.fragment_range();
            let range = range.start + offset..range.end + offset;
            let line = body[..range.start.min(body.len())].matches('\n').count()
                + i(f.body_line).unwrap_or(1) as usize;
            Some(SnippetOut {
                text: sn.fragment().to_string(),
                html: sn.to_html(),
                highlights: sn.highlighted().iter().map(|r| (r.start, r.end)).collect(),
                line,
            })
        });
        Ok(Hit {
            rank,
            score,
            path: s(f.path).unwrap_or_default(),
            title: s(f.title),
            date,
            root_cause: s(f.root_cause),
            detection: s(f.detection),
            resolution: s(f.resolution),
            window_min: i(f.window_min),
            duration_min: i(f.duration_min),
            snippet,
            terms: vec![],
        })
    }

    /// The stored document of a path, if indexed.
    pub fn doc_by_path(
        &self,
        path: &str,
    ) -> Result<Option<(DocAddress, TantivyDocument)>, SearchError> {
        let searcher = self.searcher();
        let q = TermQuery::new(
            Term::from_field_text(self.fields.path, path),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&q, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, a)) => Ok(Some((*a, searcher.doc(*a)?))),
            None => Ok(None),
        }
    }

    /// Stemmed terms of a text, as the index's `en_stem` analyzer makes them.
    pub fn terms_of(&self, text: &str) -> Vec<String> {
        let mut an = self
            .index
            .tokenizers()
            .get("en_stem")
            .expect("en_stem is a default tokenizer");
        let mut ts = an.token_stream(text);
        let mut out = Vec::new();
        while ts.advance() {
            out.push(ts.token().text.clone());
        }
        out
    }

    /// Incidents most like a text (more-like-this): the text's most
    /// distinctive terms (tf-idf, stop words and very common terms dropped)
    /// weighted into one query over the root-cause, summary and body fields.
    /// Returns the hits and, for each, the terms it shares with the text.
    pub fn similar(
        &self,
        text: &str,
        exclude_path: Option<&str>,
        limit: usize,
        flt: &Filters,
    ) -> Result<(Vec<String>, Vec<Hit>), SearchError> {
        let like = self.like_this(text, exclude_path)?;
        if like.terms.is_empty() {
            return Ok((vec![], vec![]));
        }
        let mut clauses: Clauses = vec![(Occur::Must, self.like_this_query(&like))];
        if let Some(p) = exclude_path {
            clauses.push((Occur::MustNot, self.path_query(p)));
        }
        clauses.extend(self.filter_clauses(flt)?);
        let q = BooleanQuery::new(clauses);
        let (_, mut hits) = self.search(&q, limit, false)?;
        for h in hits.iter_mut() {
            h.terms = self.shared_terms(&like, &h.path, 8)?;
        }
        Ok((like.words(), hits))
    }

    /// The distinctive terms of a text, weighted (the start of `similar`).
    /// `exclude_path`: the incident the text is from, whose own occurrence
    /// of a term does not make the term shared.
    pub fn like_this(
        &self,
        text: &str,
        exclude_path: Option<&str>,
    ) -> Result<LikeThis, SearchError> {
        let searcher = self.searcher();
        let n_docs = searcher.num_docs().max(1) as f32;
        // Stems are what the index holds; users read words, so remember the
        // first word each stem came from.
        let mut surface: HashMap<String, String> = HashMap::new();
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_') {
            let lw = w.to_lowercase();
            if lw.len() < 3 || STOP.contains(lw.as_str()) {
                continue;
            }
            for t in self.terms_of(&lw) {
                surface.entry(t).or_insert_with(|| lw.clone());
            }
        }
        let mut tf: HashMap<String, u32> = HashMap::new();
        for t in self.terms_of(text) {
            if t.len() < 3
                || STOP.contains(t.as_str())
                || !surface.contains_key(&t)
                || t.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            *tf.entry(t).or_default() += 1;
        }
        let f = &self.fields;
        let mut scored: Vec<(String, f32)> = Vec::new();
        for (t, n) in tf {
            let df = searcher.doc_freq(&Term::from_field_text(f.body, &t))? as f32;
            // Terms in no other document cannot make anything similar; terms
            // in most documents say nothing.
            let others = df - if exclude_path.is_some() { 1.0 } else { 0.0 };
            if others < 1.0 || df / n_docs > 0.5 {
                continue;
            }
            let idf = (1.0 + n_docs / (1.0 + df)).ln();
            scored.push((t, (1.0 + (n as f32).ln()) * idf));
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored.truncate(25);
        Ok(LikeThis {
            terms: scored,
            surface,
        })
    }

    /// The weighted terms as one query (each term in the root-cause,
    /// summary, title and body fields, boosted in that order).
    pub fn like_this_query(&self, like: &LikeThis) -> Box<dyn Query> {
        let f = &self.fields;
        let mut should: Clauses = Vec::with_capacity(like.terms.len() * 4);
        for (t, w) in &like.terms {
            for (field, boost) in [
                (f.rootcause, 2.0),
                (f.summary, 1.2),
                (f.title, 1.0),
                (f.body, 0.6),
            ] {
                let tq = TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                );
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(tq), w * boost)),
                ));
            }
        }
        Box::new(BooleanQuery::new(should))
    }

    /// The incident stored under `path`, as a query that matches it alone.
    pub fn path_query(&self, path: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(self.fields.path, path),
            IndexRecordOption::Basic,
        ))
    }

    /// The terms of `like` (best first, as words) that the stored incident
    /// `path` has in its title or body, at most `max`.
    pub fn shared_terms(
        &self,
        like: &LikeThis,
        path: &str,
        max: usize,
    ) -> Result<Vec<String>, SearchError> {
        let f = &self.fields;
        let Some((_, doc)) = self.doc_by_path(path)? else {
            return Ok(vec![]);
        };
        let body = doc.get_first(f.body).and_then(|v| v.as_str()).unwrap_or("");
        let title = doc
            .get_first(f.title)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let have: HashSet<String> = self
            .terms_of(&format!("{title} {body}"))
            .into_iter()
            .collect();
        // Two stems of one word ("checkout-api") show as that word once.
        let mut out: Vec<String> = Vec::with_capacity(max);
        for (t, _) in &like.terms {
            if out.len() == max {
                break;
            }
            let w = like.word(t);
            if have.contains(t) && !out.contains(&w) {
                out.push(w);
            }
        }
        Ok(out)
    }
}

/// A text's most distinctive terms for "more like this" (see
/// [`Engine::like_this`]).
#[derive(Debug, Clone)]
pub struct LikeThis {
    /// Stems with their tf-idf weights, best first (ties by stem).
    pub terms: Vec<(String, f32)>,
    /// The first word of the text each stem came from.
    surface: HashMap<String, String>,
}

impl LikeThis {
    /// A stem as the word the text wrote.
    fn word(&self, stem: &str) -> String {
        self.surface
            .get(stem)
            .cloned()
            .unwrap_or_else(|| stem.to_string())
    }

    /// The terms as words, best first.
    pub fn words(&self) -> Vec<String> {
        self.terms.iter().map(|(t, _)| self.word(t)).collect()
    }
}

/// The part of a postmortem that stands for it when comparing incidents:
/// its root-cause and summary sections and its first heading, or its whole
/// text when those say too little (under 12 words; a file without
/// sections).
pub fn compared_text(body: &str) -> String {
    use crate::corpus::document::{self, Roles};
    let doc = document::parse(body);
    let mut t = doc.text_with_role(Roles::ROOT_CAUSE);
    t.push_str(&doc.text_with_role(Roles::SUMMARY));
    if let Some(l) = doc
        .lines
        .iter()
        .find(|l| matches!(l.kind, document::Kind::Heading(_)))
    {
        t.push_str(&l.text);
    }
    if t.split_whitespace().count() < 12 {
        t = body.to_string();
    }
    t
}

/// A single word ending in `*` (the grammar keeps the star in the word).
fn is_prefix(lit: &query_grammar::UserInputLiteral) -> bool {
    let word = lit.phrase.strip_suffix('*').unwrap_or(&lit.phrase);
    (lit.prefix || lit.phrase.ends_with('*'))
        && !word.is_empty()
        && word.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Lift the exclusions of a group that only excludes into the group around
/// it: `a AND NOT b` parses as `+a +(-b)`, and a group of exclusions alone
/// matches nothing, so read literally it would find nothing at all.
fn lift_exclusions(ast: UserInputAst) -> UserInputAst {
    match ast {
        UserInputAst::Clause(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (occur, child) in items {
                match lift_exclusions(child) {
                    UserInputAst::Clause(inner)
                        if occur != Some(Occur::MustNot)
                            && !inner.is_empty()
                            && inner.iter().all(|(o, _)| *o == Some(Occur::MustNot)) =>
                    {
                        out.extend(inner);
                    }
                    child => out.push((occur, child)),
                }
            }
            UserInputAst::Clause(out)
        }
        UserInputAst::Boost(inner, b) => UserInputAst::Boost(Box::new(lift_exclusions(*inner)), b),
        leaf => leaf,
    }
}

/// Turn tantivy's parse errors into one line naming the problem.
fn describe_parse_error(e: &tantivy::query::QueryParserError) -> String {
    use tantivy::query::QueryParserError as E;
    match e {
        E::FieldDoesNotExist(f) => format!(
            "unknown field `{f}` (fields: title, summary, rootcause, timeline, recovery, body, root_cause, detection, resolution)"
        ),
        E::SyntaxError(s) => format!("syntax error in `{s}` (check quotes and parentheses)"),
        other => other.to_string(),
    }
}

/// English stop words (plus postmortem boilerplate) skipped by `similar`.
static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "the",
        "and",
        "for",
        "that",
        "with",
        "was",
        "were",
        "this",
        "from",
        "our",
        "are",
        "has",
        "have",
        "had",
        "not",
        "but",
        "all",
        "its",
        "into",
        "which",
        "when",
        "there",
        "their",
        "been",
        "also",
        "than",
        "then",
        "they",
        "them",
        "who",
        "what",
        "will",
        "would",
        "could",
        "should",
        "after",
        "before",
        "about",
        "over",
        "more",
        "some",
        "any",
        "each",
        "other",
        "such",
        "only",
        "onto",
        "upon",
        "your",
        "you",
        "out",
        "can",
        "did",
        "does",
        "due",
        "while",
        "because",
        "these",
        "those",
        "being",
        "were",
        "incid",
        "outag",
        "issu",
        "user",
        "servic",
        "time",
        "team",
        "minut",
        "hour",
        "caus",
        "root",
        "postmortem",
        "impact",
        "resolut",
        "timelin",
        "summari",
        "engin",
        "system",
        "during",
        "dure",
        "many",
        "mani",
        "ago",
        "month",
        "months",
        "three",
        "two",
        "one",
        "first",
        "second",
        "new",
        "make",
        "made",
        "per",
        "via",
        "just",
        "like",
        "still",
        "again",
        "next",
        "last",
        "week",
        "day",
        "days",
        "minutes",
        "hours",
        "users",
        "issue",
        "service",
        "services",
        "team",
        "incident",
        "outage",
        "root",
        "cause",
        "caused",
        "time",
        "times",
    ]
    .into_iter()
    .collect()
});
