//! The page's rooms below the answer: the person setting up a mail program (the default),
//! developers and admins (servers, files, code, commands, sending services), and the
//! domain's owner (the kit, the live check of what the domain publishes, the embed). One
//! room shows at a time, so the person's view stays short; a link (`?room=`) opens each.

use email_settings::settings::Settings;

/// One part of the page below the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Room {
    /// Set up a mail program: its guide, what to know about the provider.
    #[default]
    Person,
    /// For developers and admins: every server, files, code, commands, sending services.
    Developers,
    /// For the domain's owner: what to publish, the live check, the embed.
    Owner,
}

impl Room {
    /// The value of `?room=`; the person's room is the page without one.
    pub const fn id(self) -> Option<&'static str> {
        match self {
            Room::Person => None,
            Room::Developers => Some("developers"),
            Room::Owner => Some("owner"),
        }
    }

    pub fn from_id(id: &str) -> Option<Room> {
        match id {
            "developers" => Some(Room::Developers),
            "owner" => Some(Room::Owner),
            _ => None,
        }
    }

    /// The rooms these settings have: the developers' always (for a provider without SMTP
    /// it still has the sending services and the ports explained), the owner's only for a
    /// domain someone owns and publishes ([`Settings::has_an_owner_who_publishes`]).
    pub fn offered(settings: &Settings) -> Vec<Room> {
        let mut rooms = vec![Room::Person, Room::Developers];
        if settings.has_an_owner_who_publishes() {
            rooms.push(Room::Owner);
        }
        rooms
    }

    /// The room shown when `self` is asked for: itself where these settings have it, else
    /// the person's (a link to the owner's room of `gmail.com` opens the set-up).
    pub fn shown(self, settings: &Settings) -> Room {
        if Room::offered(settings).contains(&self) { self } else { Room::Person }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::address::Query;
    use email_settings::settings::{for_service_named, resolve};

    fn rooms(input: &str) -> Vec<Room> {
        Room::offered(&resolve(&Query::parse(input).unwrap()))
    }

    #[test]
    fn each_kind_of_answer_has_its_rooms() {
        assert_eq!(rooms("ann@gmail.com"), [Room::Person, Room::Developers]);
        assert_eq!(rooms("ann@firma.example"), [Room::Person, Room::Developers, Room::Owner]);
        assert_eq!(rooms("ann@tuta.com"), [Room::Person, Room::Developers], "no servers, but the sending services");
        assert_eq!(Room::offered(&for_service_named("sendgrid").unwrap()), [Room::Person, Room::Developers]);
    }

    #[test]
    fn a_room_the_answer_lacks_opens_the_person_s() {
        let gmail = resolve(&Query::parse("ann@gmail.com").unwrap());
        assert_eq!(Room::Owner.shown(&gmail), Room::Person);
        assert_eq!(Room::Developers.shown(&gmail), Room::Developers);
        for room in [Room::Person, Room::Developers, Room::Owner] {
            assert_eq!(room.id().map_or(Some(Room::Person), Room::from_id), Some(room), "ids round-trip");
        }
        assert_eq!(Room::from_id("kitchen"), None);
    }
}
