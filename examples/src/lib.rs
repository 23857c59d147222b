//! Shared code of the two programs: the demo (`src/bin/demo.rs`) and the sync runner
//! (`src/bin/runner.rs`). Not published; it exists so each module has one purpose.

pub mod demo;
pub mod runner;
