//! The card's module, the page's first: the field and the answer card, small enough to
//! arrive first on a slow link; `boot.js` loads the whole page's module once it shows.

fn main() {
    mailsetup_frontend::start::start::<mailsetup_frontend::CardOnly>();
}
