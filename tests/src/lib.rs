//! Whole-job tests live in `tests/tests/`. This library only compiles the code examples of
//! the workspace README, so they cannot drift from the crates' API.

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;
