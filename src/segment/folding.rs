//! Folding a text once for all the regexes that look at it.
//!
//! Every rule and helper regex runs on the folded text (see [`fold`]). A sentence goes
//! through its rules' patterns, then through guards and field extractors that each search a
//! slice of it with helper regexes; folding the slice again for each of them used to cost
//! more than the searches. A [`FoldScope`] folds a text once and, while it lives, every
//! [`with_folded`] call on that text or on any slice of it reads the stored folding instead.
//!
//! Why a thread-local and not a folded text passed along: the guards and extractors take
//! plain `&str` slices of the sentence, and threading a second string through all of them
//! would rewrite most of `classify.rs`. The cache is only an optimisation: a text outside
//! every live scope is folded as before, so results never depend on it.

use super::rules::fold;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

/// A folded text and the address range of its original.
struct Entry {
    start: usize,
    len: usize,
    folded: Rc<str>,
}

thread_local! {
    /// The folded texts of the live scopes, innermost last.
    static SCOPES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// While alive, slices of its text are folded from the stored folding. It borrows the text,
/// so the text cannot change or be freed while its address range is in the cache.
pub(crate) struct FoldScope<'t> {
    folded: Rc<str>,
    /// Where the text's folding is in `folded`.
    at: std::ops::Range<usize>,
    /// False when an enclosing scope already covers the text.
    own: bool,
    _text: PhantomData<&'t str>,
}

/// The folding of `t` from the live scope that covers it, and where in it.
fn cached(t: &str) -> Option<(Rc<str>, usize)> {
    let a = t.as_ptr() as usize;
    SCOPES.with(|s| {
        s.borrow().iter().rev().find_map(|e| {
            let off = a.checked_sub(e.start)?;
            (off + t.len() <= e.len).then(|| (Rc::clone(&e.folded), off))
        })
    })
}

impl<'t> FoldScope<'t> {
    /// Folds `t` and keeps the folding for slices of `t` until the scope is dropped; a text
    /// that a live scope covers is not folded again.
    pub(crate) fn new(t: &'t str) -> Self {
        if let Some((folded, off)) = cached(t) {
            return FoldScope {
                folded,
                at: off..off + t.len(),
                own: false,
                _text: PhantomData,
            };
        }
        let folded: Rc<str> = Rc::from(fold(t).as_ref());
        SCOPES.with(|s| {
            s.borrow_mut().push(Entry {
                start: t.as_ptr() as usize,
                len: t.len(),
                folded: Rc::clone(&folded),
            })
        });
        FoldScope {
            folded,
            at: 0..t.len(),
            own: true,
            _text: PhantomData,
        }
    }

    /// The folding of the whole text.
    pub(crate) fn folded(&self) -> &str {
        self.folded.get(self.at.clone()).unwrap_or_default()
    }
}

impl Drop for FoldScope<'_> {
    fn drop(&mut self) {
        if !self.own {
            return;
        }
        SCOPES.with(|s| {
            let mut s = s.borrow_mut();
            // Scopes are local variables, dropped innermost first; find ours anyway.
            if let Some(i) = s.iter().rposition(|e| Rc::ptr_eq(&e.folded, &self.folded)) {
                s.remove(i);
            }
        });
    }
}

/// Calls `f` with the folding of `t` (see [`fold`]): from a live scope whose text contains
/// `t`, or folded now.
pub(crate) fn with_folded<R>(t: &str, f: impl FnOnce(&str) -> R) -> R {
    match cached(t) {
        Some((folded, off)) => match folded.get(off..off + t.len()) {
            Some(s) => f(s),
            None => f(&fold(t)),
        },
        None => f(&fold(t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_read_the_scope_and_others_fold_anew() {
        let t = String::from("Nämnden ska åtgärda bristerna");
        let other = String::from("Målet är nått");
        let scope = FoldScope::new(&t);
        assert_eq!(scope.folded(), fold(&t));
        let covered = FoldScope::new(&t[3..9]);
        assert_eq!(covered.folded(), fold(&t[3..9]));
        drop(covered);
        assert_eq!(with_folded(&t[3..5], str::to_string), fold(&t[3..5]));
        assert_eq!(with_folded(&t[8..], str::to_string), fold(&t[8..]));
        assert_eq!(with_folded(&t[..0], str::to_string), "");
        assert_eq!(with_folded(&other, str::to_string), fold(&other));
        {
            let inner = FoldScope::new(&other);
            assert_eq!(with_folded(&other[3..], str::to_string), fold(&other[3..]));
            assert_eq!(inner.folded(), fold(&other));
            assert_eq!(with_folded(&t[1..5], str::to_string), fold(&t[1..5]));
        }
        drop(scope);
        SCOPES.with(|s| assert!(s.borrow().is_empty()));
    }
}
