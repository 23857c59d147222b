//! The demo: a realistic shop on the two fakes, a simulated warehouse, and sync cycles until
//! all five flows have happened.

pub mod end_state;
pub mod seed;
pub mod summary;
pub mod warehouse;
