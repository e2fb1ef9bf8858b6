//! View components. They hold view code only: what to show comes from `mailsetup_shared`
//! and `crate::logic`.

pub mod address_field;
pub mod answer_card;
pub mod copy_button;
pub mod discover_panel;
pub mod downloads;
pub mod explainer;
pub mod guides;
pub mod in_place;
pub mod intro;
pub mod kit;
pub mod language_switch;
pub mod login_test;
pub mod name;
pub mod probe_panel;
pub mod provider_summary;
pub mod room_nav;
pub mod service_picker;
pub mod settings_table;
