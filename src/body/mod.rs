//! Body detection: which element holds the article, and which of its
//! blocks are the article's own text.
//!
//! `candidate` finds the root; `clean` keeps the article blocks under
//! it and records what it dropped. Neither changes the DOM.

pub mod candidate;
pub mod clean;

pub use candidate::{clear_wrapper_roles, find_root};
pub use clean::{
    BodyBlock, Cleaned, captions_around, clean, cut_about_section,
    page_comment_count,
};
