//! The embedded store (filled in by the ingest work).
