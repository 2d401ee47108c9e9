//! Output: terminal tables, and later charts and reports.

pub mod table;
