//! `en_stem` with a memo of stems: the same tokens as tantivy's own
//! `en_stem` analyzer (simple tokenizer, tokens over 40 bytes dropped,
//! lower-cased, Snowball English stemmer), but each distinct word is
//! stemmed once per indexing thread. Postmortems repeat a small vocabulary,
//! and the stemmer was a tenth of ingest's CPU time (perf, 10,000 files):
//! the body and its section fields run every word through it twice.
//!
//! Registered under the name `en_stem` on the index that is written and on
//! the one search opens (its snippets tokenise hits' bodies), so the schema
//! does not change; an index opened without it uses tantivy's default
//! `en_stem` and gets identical terms.

use std::cell::RefCell;
use std::collections::HashMap;

use tantivy::Index;
use tantivy::tokenizer::{
    Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

/// Words remembered per thread; past this, new words are stemmed without
/// being remembered (a corpus full of identifiers must not grow memory).
const CAPACITY: usize = 200_000;
/// Longer words are rare and not worth remembering.
const MAX_WORD: usize = 24;

struct Memo {
    stems: HashMap<String, String>,
    stemmer: TextAnalyzer,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        stems: HashMap::new(),
        stemmer: TextAnalyzer::builder(RawTokenizer::default())
            .filter(Stemmer::new(Language::English))
            .build(),
    });
}

/// The stem of one lower-cased word, written into `out`.
fn stem_into(word: &str, out: &mut String) {
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(s) = m.stems.get(word) {
            out.clear();
            out.push_str(s);
            return;
        }
        let stemmed = {
            let mut ts = m.stemmer.token_stream(word);
            if ts.advance() {
                ts.token().text.clone()
            } else {
                word.to_string()
            }
        };
        if word.len() <= MAX_WORD && m.stems.len() < CAPACITY {
            m.stems.insert(word.to_string(), stemmed.clone());
        }
        *out = stemmed;
    });
}

/// The memoising stemmer filter.
#[derive(Clone, Copy, Default)]
pub struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;
    fn transform<T: Tokenizer>(self, inner: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter { inner }
    }
}

#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            buf: String::new(),
        }
    }
}

pub struct MemoStemmerStream<T> {
    tail: T,
    buf: String,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        stem_into(&token.text, &mut self.buf);
        std::mem::swap(&mut token.text, &mut self.buf);
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The analyzer, built like tantivy's `en_stem`.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(MemoStemmer)
        .build()
}

/// Use the memoising analyzer for `en_stem` fields of this index.
pub fn register(index: &Index) {
    index.tokenizers().register("en_stem", analyzer());
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::TokenizerManager;

    fn tokens(mut a: tantivy::tokenizer::TextAnalyzer, text: &str) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        let mut ts = a.token_stream(text);
        while ts.advance() {
            let t = ts.token();
            out.push((t.text.clone(), t.offset_from, t.position));
        }
        out
    }

    #[test]
    fn same_tokens_as_tantivys_en_stem() {
        let stock = TokenizerManager::default().get("en_stem").unwrap();
        let text = "Restarting the restarted pods: connections LEAKED, leaks, leaking; \
                    caches cached 502s at 10:42 on 2024-05-01 \
                    supercalifragilisticexpialidociousandthensomemorelettersx running runs ran";
        // Twice: the second pass reads every stem from the memo.
        for _ in 0..2 {
            assert_eq!(tokens(super::analyzer(), text), tokens(stock.clone(), text));
        }
        assert!(
            tokens(super::analyzer(), text)
                .iter()
                .any(|t| t.0 == "restart")
        );
    }
}
