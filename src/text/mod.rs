//! The lexical layer: what a line of English text says about time and
//! quantity, independent of documents and of what is extracted from them.
//! `corpus` (the document model) and `extract` (the facts) both read it;
//! it reads nothing of the crate above it.
//!
//! - [`rx`]: regex construction with one engine configuration and prefilter
//!   sets shared by every rule;
//! - [`grammar`]: clock times, dates, zones, durations and numbers as they
//!   are written in postmortems.

pub mod grammar;
pub mod rx;
