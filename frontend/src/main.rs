//! The whole page's module: it takes over from the card's module (or from `index.html`'s
//! static first paint, where the card's did not run), keeping what was typed.

fn main() {
    mailsetup_frontend::start::start::<mailsetup_frontend::Whole>();
}
