//! The doors to the page's rooms ([`Room`]): a row of plain links (`?room=`) that also work
//! opened in a new tab; the app switches in place and moves the keyboard to the room's
//! heading.

use yew::prelude::*;

use super::in_place::in_place;
use crate::logic::i18n::Tr;
use crate::logic::room::Room;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct RoomNavProps {
    /// Each room the answer has, with the link that opens it.
    pub rooms: Vec<(Room, String)>,
    pub current: Room,
    pub on_pick: Callback<Room>,
}

fn door_name(tr: &Tr, room: Room) -> String {
    tr.t(match room {
        Room::Person => "room-person-tab",
        Room::Developers => "room-developers-tab",
        Room::Owner => "room-owner-tab",
    })
}

#[component]
pub fn RoomNav(props: &RoomNavProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    if props.rooms.len() < 2 {
        return html! {};
    }
    html! {
        <nav class="rooms" aria-label={tr.t("rooms-label")}>
            <ul>
                { for props.rooms.iter().map(|(room, href)| {
                    let room = *room;
                    let onclick = in_place(&props.on_pick, room);
                    html! {
                        <li>
                            <a href={href.clone()} aria-current={(room == props.current).then_some("true")} {onclick}>
                                { door_name(&tr, room) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

/// The heading that opens a room below the answer (the keyboard lands here when a door is
/// used) and what is in the room, or nothing for the person's room, whose sections have
/// their own.
pub fn room_heading(tr: &Tr, room: Room, domain: &str) -> Html {
    let (title, what) = match room {
        Room::Person => return html! {},
        Room::Developers => (tr.t("room-developers"), tr.t("room-developers-what")),
        Room::Owner => (tr.format("room-owner", &[("domain", domain.into())]), tr.t("room-owner-what")),
    };
    html! {
        <>
            <h2 id="room" class="room-title" tabindex="-1">{ title }</h2>
            <p class="room-what">{ what }</p>
        </>
    }
}
