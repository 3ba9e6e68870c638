//! End-to-end tests, one binary (ripgrep's layout): goldens on
//! `fixtures/`, the command line, and the shared corpus when present.

mod batch;
mod cli;
mod corpus;
mod golden;
mod prepare;
mod props;
mod util;
