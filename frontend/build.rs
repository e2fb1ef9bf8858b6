//! Writes the part of English's messages the card's module compiles in (see
//! `src/logic/i18n/card_part.rs`).

#[path = "src/logic/i18n/card_part.rs"]
mod card_part;

fn main() {
    let english = "../shared/app/i18n/en.ftl";
    println!("cargo::rerun-if-changed={english}");
    println!("cargo::rerun-if-changed=src/logic/i18n/card_part.rs");
    let ftl = std::fs::read_to_string(english).expect("shared/app/i18n/en.ftl is readable");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("en-card.ftl"), card_part::card_part(&ftl)).expect("OUT_DIR is writable");
}
