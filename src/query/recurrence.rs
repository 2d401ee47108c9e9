//! Recurrence by content: for an incident, the earlier incidents most like
//! it ("seen before"), found by the `similar` engine (the same compared text
//! and the same more-like-this query) and kept above a measured threshold.
//!
//! Raw BM25 scores grow with the length of the compared text and with the
//! size of the corpus (idf), so one raw cut-off cannot serve every store.
//! A match is judged by its *similarity*: its score over the score the
//! incident's own document gets for the same query (its self-match), the
//! most the query can give in this store. 1.0 is "as alike as the incident
//! is to itself"; the ratio is comparable across incidents and stores.
//!
//! "Before" means an earlier date: an incident dated the same day, or
//! undated, is never "seen before" (an undated incident cannot be placed
//! in time, and the report says elsewhere how many are undated).

use std::collections::BTreeMap;
use std::ops::Bound;

use rayon::prelude::*;
use serde::Serialize;
use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RangeQuery};
use tantivy::schema::Value;

use crate::query::search::{Engine, SearchError, compared_text};

/// The least similarity (score over the self-match score) for an earlier
/// incident to be shown as "seen before". Measured on the five labelled
/// shared sets with `scripts/measure-seen-before` (figures in
/// ARCHITECTURE.md, "Seen before"): pooled, nearest-neighbour pairs from
/// 0.20 up share their labelled root cause about twice as often as two
/// incidents picked at random (the base rate); lower, the lift falls
/// towards chance, and higher cuts leave few pairs for little gain.
pub const SEEN_BEFORE_MIN: f32 = 0.20;

/// At most this many earlier incidents are shown per incident.
pub const SEEN_BEFORE_MAX: usize = 3;

/// Shared terms shown per earlier incident.
const TERMS_SHOWN: usize = 6;

/// An earlier incident like the one considered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Earlier {
    /// The stored path (as in the table).
    pub path: String,
    /// Score over the considered incident's self-match score.
    pub similarity: f32,
    /// The raw BM25 score of the more-like-this query.
    pub score: f32,
    /// Distinctive terms of the considered incident that this one has too,
    /// best first, as written.
    pub terms: Vec<String>,
}

/// A candidate: stored path, raw score.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub path: String,
    pub score: f32,
}

/// The similarity of a raw score, given the self-match score (0 when the
/// incident matches nothing, not even itself).
pub fn similarity(score: f32, self_score: f32) -> f32 {
    if self_score > 0.0 {
        score / self_score
    } else {
        0.0
    }
}

/// The threshold rule: candidates by score, highest first and ties by
/// path, those whose similarity is at least [`SEEN_BEFORE_MIN`], at most
/// [`SEEN_BEFORE_MAX`] of them. Returns each kept one with its similarity.
pub fn keep(self_score: f32, mut candidates: Vec<Candidate>) -> Vec<(Candidate, f32)> {
    order(&mut candidates);
    candidates
        .into_iter()
        .map(|c| {
            let s = similarity(c.score, self_score);
            (c, s)
        })
        .filter(|(_, s)| *s >= SEEN_BEFORE_MIN)
        .take(SEEN_BEFORE_MAX)
        .collect()
}

/// Highest score first, ties by path (a deterministic order whatever the
/// index's segment layout).
fn order(c: &mut [Candidate]) {
    c.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.path.cmp(&b.path))
    });
}

/// The incident stored under `path` compared with the rest of the store:
/// its self-match score and the `want` best other incidents (all ties with
/// the last one included), dated strictly before `before` when given
/// (undated ones then never match), by score then path. `None` when the
/// path is not stored or its text has no distinctive term.
pub fn candidates(
    engine: &Engine,
    path: &str,
    before: Option<jiff::civil::Date>,
    want: usize,
) -> Result<Option<(f32, Vec<Candidate>, crate::query::search::LikeThis)>, SearchError> {
    let want = want.max(1);
    let Some((_, doc)) = engine.doc_by_path(path)? else {
        return Ok(None);
    };
    let body = doc
        .get_first(engine.fields.body)
        .and_then(|v| v.as_str())
        .unwrap_or("");
    let like = engine.like_this(&compared_text(body), Some(path))?;
    if like.terms.is_empty() {
        return Ok(None);
    }
    // Scores only from the text query: the path and date clauses add 0.
    let zero = |q: Box<dyn Query>| -> Box<dyn Query> { Box::new(BoostQuery::new(q, 0.0)) };
    let own = BooleanQuery::new(vec![
        (Occur::Must, engine.like_this_query(&like)),
        (Occur::Must, zero(engine.path_query(path))),
    ]);
    let (_, own) = engine.search(&own, 1, false)?;
    let self_score = own.first().map_or(0.0, |h| h.score);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Must, engine.like_this_query(&like)),
        (Occur::MustNot, engine.path_query(path)),
    ];
    if let Some(d) = before {
        let day = crate::store::index::date_value(&d.to_string())
            .ok_or_else(|| SearchError::Filter(format!("date {d} out of range")))?;
        let range = RangeQuery::new(
            Bound::Unbounded,
            Bound::Excluded(Term::from_field_date(engine.fields.date, day)),
        );
        clauses.push((Occur::Must, zero(Box::new(range))));
    }
    let q = BooleanQuery::new(clauses);
    // Fetch more while the last hit ties the `want`-th: a tie at the cut is
    // broken by path, not by where the index happened to put the documents.
    let mut n = want.max(1) + 1;
    let found = loop {
        let (_, hits) = engine.search(&q, n, false)?;
        let full = hits.len() == n;
        let mut c: Vec<Candidate> = hits
            .into_iter()
            .map(|h| Candidate {
                path: h.path,
                score: h.score,
            })
            .collect();
        order(&mut c);
        if !full || c.len() <= want || c[n - 1].score < c[want - 1].score {
            if let Some(cut) = c.get(want.saturating_sub(1)).map(|x| x.score) {
                c.retain(|x| x.score >= cut);
            }
            break c;
        }
        n *= 2;
    };
    Ok(Some((self_score, found, like)))
}

/// The earlier incidents like the stored incident `path` of date `date`,
/// by the threshold rule ([`keep`]), with the terms they share.
pub fn seen_before_one(
    engine: &Engine,
    path: &str,
    date: jiff::civil::Date,
) -> Result<Vec<Earlier>, SearchError> {
    let Some((self_score, found, like)) = candidates(engine, path, Some(date), SEEN_BEFORE_MAX)?
    else {
        return Ok(vec![]);
    };
    keep(self_score, found)
        .into_iter()
        .map(|(c, similarity)| {
            Ok(Earlier {
                terms: engine.shared_terms(&like, &c.path, TERMS_SHOWN)?,
                path: c.path,
                similarity,
                score: c.score,
            })
        })
        .collect()
}

/// [`seen_before_one`] for each (path, date), in parallel; the result is in
/// the order given.
pub fn seen_before(
    engine: &Engine,
    incidents: &[(String, jiff::civil::Date)],
) -> Result<Vec<Vec<Earlier>>, SearchError> {
    incidents
        .par_iter()
        .map(|(p, d)| seen_before_one(engine, p, *d))
        .collect()
}

/// [`seen_before_one`] for every incident dated from `since` to `until`
/// (inclusive), by stored path.
pub fn for_period(
    engine: &Engine,
    records: &[crate::query::table::Record],
    since: jiff::civil::Date,
    until: jiff::civil::Date,
) -> Result<BTreeMap<String, Vec<Earlier>>, SearchError> {
    let mut todo: Vec<(String, jiff::civil::Date)> = records
        .iter()
        .filter_map(|r| {
            let d = r.date.filter(|d| *d >= since && *d <= until)?;
            Some((r.path.clone(), d))
        })
        .collect();
    todo.sort();
    let found = seen_before(engine, &todo)?;
    Ok(todo.into_iter().map(|(p, _)| p).zip(found).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(path: &str, score: f32) -> Candidate {
        Candidate {
            path: path.into(),
            score,
        }
    }

    #[test]
    fn keeps_at_most_three_at_or_above_the_threshold_best_first_ties_by_path() {
        let self_score = 10.0;
        let at = SEEN_BEFORE_MIN * self_score;
        let kept = keep(
            self_score,
            vec![
                c("z.md", at),
                c("low.md", at * 0.99),
                c("b.md", 9.0),
                c("a.md", 9.0),
                c("c.md", 12.0),
            ],
        );
        let paths: Vec<&str> = kept.iter().map(|(c, _)| c.path.as_str()).collect();
        assert_eq!(paths, ["c.md", "a.md", "b.md"]);
        assert!((kept[0].1 - 1.2).abs() < 1e-6);
        // The threshold itself is kept; just under it is not.
        let kept = keep(self_score, vec![c("low.md", at * 0.99), c("z.md", at)]);
        let paths: Vec<&str> = kept.iter().map(|(c, _)| c.path.as_str()).collect();
        assert_eq!(paths, ["z.md"]);
        // The same scores in another order give the same answer.
        let a = keep(self_score, vec![c("b.md", 5.0), c("a.md", 5.0)]);
        let b = keep(self_score, vec![c("a.md", 5.0), c("b.md", 5.0)]);
        assert_eq!(a, b);
    }

    #[test]
    fn similarity_is_relative_to_the_self_match() {
        // The same match in a store where every score is twice as large
        // (longer texts, rarer terms) has the same similarity.
        assert_eq!(similarity(3.0, 12.0), similarity(6.0, 24.0));
        assert_eq!(similarity(3.0, 0.0), 0.0);
        assert!(keep(0.0, vec![c("a.md", 1.0)]).is_empty());
    }
}
