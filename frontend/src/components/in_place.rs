//! Plain links the app follows in place: a click without a modifier key is handled here;
//! with one (a new tab or window), the browser opens the link, as with any link.

use yew::prelude::*;

/// A link's `onclick` that hands `value` to `on_pick` instead of following the link, unless
/// a modifier key or another button asks the browser to open it.
pub fn in_place<T: Clone + 'static>(on_pick: &Callback<T>, value: T) -> Callback<MouseEvent> {
    let on_pick = on_pick.clone();
    Callback::from(move |e: MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        e.prevent_default();
        on_pick.emit(value.clone());
    })
}
