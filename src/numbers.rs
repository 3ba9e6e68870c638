//! Numbers in a fact's text (first version: runs of digits only; the
//! French formats of FRENCH.md §6 come next).

use crate::model::Number;

/// Every run of digits in `text`, in order.
pub fn find_numbers(text: &str) -> Vec<Number> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| {
            s.parse::<f64>().ok().map(|v| Number {
                raw: s.to_string(),
                value: v,
                unit: None,
            })
        })
        .collect()
}
