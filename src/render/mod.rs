//! Output: terminal tables, and later charts and reports.

pub mod chart;
pub mod frame;
pub mod hits;
pub mod report;
pub mod table;
