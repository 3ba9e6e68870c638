//! Facts: the body's list items and bullet lines, with their numbers.
//!
//! Input: the items `sections` set aside. Output: `Vec<Fact>` in
//! reading order. Lists that are navigation in disguise (most items
//! only a link: tags, related links that no other rule caught) are not
//! facts. Numbers come from `numbers`.

use crate::dom::NodeId;
use crate::model::Fact;
use crate::numbers::find_numbers;
use crate::sections::Item;

/// Link share above which an item is "only a link".
const LINK_ITEM_SHARE: f64 = 0.8;

/// Builds the facts from body items.
pub fn build(items: &[Item]) -> Vec<Fact> {
    let link_lists = link_lists(items);
    items
        .iter()
        .filter(|it| !it.list.is_some_and(|l| link_lists.contains(&l)))
        .filter(|it| it.list.is_some() || it.link_density < LINK_ITEM_SHARE)
        .map(|it| Fact {
            text: it.text.clone(),
            section: it.section,
            numbers: find_numbers(&it.text),
        })
        .collect()
}

/// Lists where at least half the items are only a link.
fn link_lists(items: &[Item]) -> Vec<NodeId> {
    let mut stats: Vec<(NodeId, usize, usize)> = Vec::new();
    for it in items {
        let Some(list) = it.list else { continue };
        let linked = usize::from(it.link_density >= LINK_ITEM_SHARE);
        match stats.iter_mut().find(|(l, _, _)| *l == list) {
            Some(s) => {
                s.1 += 1;
                s.2 += linked;
            }
            None => stats.push((list, 1, linked)),
        }
    }
    stats
        .into_iter()
        .filter(|&(_, n, linked)| linked * 2 >= n)
        .map(|(l, _, _)| l)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(text: &str, list: Option<u32>, links: f64) -> Item {
        Item {
            section: 0,
            text: text.into(),
            list: list.map(NodeId),
            link_density: links,
        }
    }

    #[test]
    fn build_keeps_list_items_with_numbers() {
        let f = build(&[item(
            "34 drones neutralisés au-dessus de Moscou",
            Some(5),
            0.0,
        )]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].numbers[0].value, 34.0);
    }

    #[test]
    fn build_rejects_lists_of_links() {
        let f = build(&[
            item("Russie", Some(7), 1.0),
            item("Ukraine", Some(7), 1.0),
            item("Un fait avec une source", Some(8), 0.3),
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "Un fait avec une source");
    }
}
