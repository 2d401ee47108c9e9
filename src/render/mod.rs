//! Output: terminal tables, and later charts and reports.

pub mod chart;
pub mod report;
pub mod table;
