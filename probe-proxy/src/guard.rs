//! The address guard: which IP addresses and ports the proxy may connect to.
//!
//! The proxy is public, so it must never be a way into the network it runs in (SSRF) or a
//! port scanner. Following Stripe's smokescreen, a host name is resolved once, every address
//! is classified here, and the connection goes to a checked address, never to a name that
//! could resolve differently a second time. The ranges are IANA's special-purpose registries
//! (IPv4 RFC 6890 and successors, IPv6 likewise) plus the private and shared ranges.
//!
//! This module is pure: it only classifies addresses, it never sends a packet.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

/// Why an address is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Forbidden {
    /// The refused range, e.g. `10.0.0.0/8`.
    pub range: &'static str,
    /// What the range is for, e.g. "private network".
    pub purpose: &'static str,
}

impl fmt::Display for Forbidden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.purpose, self.range)
    }
}

type V4Range = (u32, u8, &'static str, &'static str);

/// Special-purpose IPv4 ranges: (network, prefix length, CIDR text, purpose).
const V4_FORBIDDEN: &[V4Range] = &[
    (0x0000_0000, 8, "0.0.0.0/8", "\"this network\""),
    (0x0a00_0000, 8, "10.0.0.0/8", "private network"),
    (0x6440_0000, 10, "100.64.0.0/10", "carrier-grade NAT shared space"),
    (0x7f00_0000, 8, "127.0.0.0/8", "loopback"),
    (0xa9fe_0000, 16, "169.254.0.0/16", "link-local (cloud metadata lives here)"),
    (0xac10_0000, 12, "172.16.0.0/12", "private network"),
    (0xc000_0000, 24, "192.0.0.0/24", "IETF protocol assignments"),
    (0xc000_0200, 24, "192.0.2.0/24", "documentation (TEST-NET-1)"),
    (0xc058_6300, 24, "192.88.99.0/24", "6to4 relay anycast"),
    (0xc0a8_0000, 16, "192.168.0.0/16", "private network"),
    (0xc612_0000, 15, "198.18.0.0/15", "benchmarking"),
    (0xc633_6400, 24, "198.51.100.0/24", "documentation (TEST-NET-2)"),
    (0xcb00_7100, 24, "203.0.113.0/24", "documentation (TEST-NET-3)"),
    (0xe000_0000, 4, "224.0.0.0/4", "multicast"),
    (0xf000_0000, 4, "240.0.0.0/4", "reserved (and the broadcast address)"),
];

type V6Range = (u128, u8, &'static str, &'static str);

/// Special-purpose IPv6 ranges, named so a refusal says why. IPv4-mapped and
/// IPv4-compatible forms are handled first, by the IPv4 address inside them; anything
/// outside 2000::/3 is refused whether named here or not.
const V6_FORBIDDEN: &[V6Range] = &[
    (0, 128, "::/128", "unspecified address"),
    (1, 128, "::1/128", "loopback"),
    (0x0064_ff9b_0000_0000_0000_0000_0000_0000, 96, "64:ff9b::/96", "NAT64 (reaches IPv4 through a gateway)"),
    (0x0064_ff9b_0001_0000_0000_0000_0000_0000, 48, "64:ff9b:1::/48", "local-use NAT64"),
    (0x0100_0000_0000_0000_0000_0000_0000_0000, 64, "100::/64", "discard-only"),
    (0x2001_0db8_0000_0000_0000_0000_0000_0000, 32, "2001:db8::/32", "documentation"),
    (0x2001_0000_0000_0000_0000_0000_0000_0000, 23, "2001::/23", "IETF protocol assignments (Teredo and others)"),
    (0x2002_0000_0000_0000_0000_0000_0000_0000, 16, "2002::/16", "6to4"),
    (0x3fff_0000_0000_0000_0000_0000_0000_0000, 20, "3fff::/20", "documentation"),
    (0x5f00_0000_0000_0000_0000_0000_0000_0000, 16, "5f00::/16", "segment routing (SRv6)"),
    (0xfc00_0000_0000_0000_0000_0000_0000_0000, 7, "fc00::/7", "unique local (private network)"),
    (0xfe80_0000_0000_0000_0000_0000_0000_0000, 10, "fe80::/10", "link-local"),
    (0xfec0_0000_0000_0000_0000_0000_0000_0000, 10, "fec0::/10", "site-local (deprecated)"),
    (0xff00_0000_0000_0000_0000_0000_0000_0000, 8, "ff00::/8", "multicast"),
];

const IPV4_MAPPED: Forbidden = Forbidden { range: "::ffff:0:0/96", purpose: "IPv4-mapped address" };
const IPV4_COMPATIBLE: Forbidden = Forbidden { range: "::/96", purpose: "IPv4-compatible address (deprecated)" };

fn in_v4(addr: u32, network: u32, prefix: u8) -> bool {
    let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix) };
    addr & mask == network
}

fn in_v6(addr: u128, network: u128, prefix: u8) -> bool {
    let mask = if prefix == 0 { 0 } else { u128::MAX << (128 - prefix) };
    addr & mask == network
}

/// Classifies an IPv4 address.
pub fn check_v4(ip: Ipv4Addr) -> Result<(), Forbidden> {
    let addr = u32::from(ip);
    match V4_FORBIDDEN.iter().find(|(net, prefix, ..)| in_v4(addr, *net, *prefix)) {
        Some(&(_, _, range, purpose)) => Err(Forbidden { range, purpose }),
        None => Ok(()),
    }
}

/// Classifies an IPv6 address. An address that carries an IPv4 address (mapped or
/// compatible) is refused as such, naming the embedded address's range when that is
/// forbidden too: the proxy connects to plain IPv4 addresses only in their own form.
pub fn check_v6(ip: Ipv6Addr) -> Result<(), Forbidden> {
    let addr = u128::from(ip);
    let embedded = Ipv4Addr::from((addr & 0xffff_ffff) as u32);
    if in_v6(addr, 0xffff_0000_0000, 96) {
        return Err(check_v4(embedded).err().unwrap_or(IPV4_MAPPED));
    }
    if in_v6(addr, 0, 96) && addr > 1 {
        return Err(check_v4(embedded).err().unwrap_or(IPV4_COMPATIBLE));
    }
    match V6_FORBIDDEN.iter().find(|(net, prefix, ..)| in_v6(addr, *net, *prefix)) {
        Some(&(_, _, range, purpose)) => Err(Forbidden { range, purpose }),
        // An allow-list: only global unicast, so a range we have not named (SIIT's
        // ::ffff:0:0/96, future assignments) is refused too.
        None if !in_v6(addr, GLOBAL_UNICAST, 3) => Err(NOT_GLOBAL_UNICAST),
        None => Ok(()),
    }
}

/// `2000::/3`, the only IPv6 range the proxy connects to (minus the special ranges in it).
const GLOBAL_UNICAST: u128 = 0x2000_0000_0000_0000_0000_0000_0000_0000;
const NOT_GLOBAL_UNICAST: Forbidden = Forbidden { range: "outside 2000::/3", purpose: "not global unicast" };

/// Classifies any address.
pub fn check(ip: IpAddr) -> Result<(), Forbidden> {
    match ip {
        IpAddr::V4(v4) => check_v4(v4),
        IpAddr::V6(v6) => check_v6(v6),
    }
}

/// The operator's policy: which targets are allowed at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetPolicy {
    /// Ports that may be probed. Default: 25, 465, 587, 2525.
    pub allowed_ports: Vec<u16>,
    /// Allow loopback and private addresses (local use and tests only). Default: false.
    pub allow_private: bool,
}

impl Default for TargetPolicy {
    fn default() -> Self {
        TargetPolicy { allowed_ports: DEFAULT_PORTS.to_vec(), allow_private: false }
    }
}

/// The submission and relay ports that may be probed by default.
pub const DEFAULT_PORTS: [u16; 4] = [25, 465, 587, 2525];

impl TargetPolicy {
    /// Whether `ip` may be connected to under this policy.
    pub fn check_address(&self, ip: IpAddr) -> Result<(), Forbidden> {
        if self.allow_private { Ok(()) } else { check(ip) }
    }

    pub fn port_allowed(&self, port: u16) -> bool {
        self.allowed_ports.contains(&port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One address per range (first, last or an inner one), with the range it must report.
    fn check_table(cases: &[(&str, Option<&str>)]) {
        for &(text, expected) in cases {
            let ip: IpAddr = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            let got = check(ip).err().map(|f| f.range);
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn ipv4_special_purpose_ranges() {
        check_table(&[
            ("0.0.0.0", Some("0.0.0.0/8")),
            ("0.255.255.255", Some("0.0.0.0/8")),
            ("10.0.0.1", Some("10.0.0.0/8")),
            ("10.255.255.255", Some("10.0.0.0/8")),
            ("100.64.0.0", Some("100.64.0.0/10")),
            ("100.127.255.255", Some("100.64.0.0/10")),
            ("100.128.0.0", None),
            ("100.63.255.255", None),
            ("127.0.0.1", Some("127.0.0.0/8")),
            ("127.255.255.254", Some("127.0.0.0/8")),
            ("169.254.169.254", Some("169.254.0.0/16")),
            ("169.254.0.1", Some("169.254.0.0/16")),
            ("172.16.0.1", Some("172.16.0.0/12")),
            ("172.31.255.255", Some("172.16.0.0/12")),
            ("172.32.0.1", None),
            ("172.15.255.255", None),
            ("192.0.0.8", Some("192.0.0.0/24")),
            ("192.0.2.55", Some("192.0.2.0/24")),
            ("192.88.99.1", Some("192.88.99.0/24")),
            ("192.168.1.1", Some("192.168.0.0/16")),
            ("198.18.0.1", Some("198.18.0.0/15")),
            ("198.19.255.255", Some("198.18.0.0/15")),
            ("198.20.0.0", None),
            ("198.51.100.7", Some("198.51.100.0/24")),
            ("203.0.113.200", Some("203.0.113.0/24")),
            ("224.0.0.1", Some("224.0.0.0/4")),
            ("239.255.255.255", Some("224.0.0.0/4")),
            ("240.0.0.1", Some("240.0.0.0/4")),
            ("255.255.255.255", Some("240.0.0.0/4")),
            // Public addresses, including neighbours of the ranges above.
            ("1.1.1.1", None),
            ("8.8.8.8", None),
            ("9.255.255.255", None),
            ("11.0.0.0", None),
            ("126.255.255.255", None),
            ("128.0.0.0", None),
            ("192.0.1.1", None),
            ("223.255.255.255", None),
        ]);
    }

    #[test]
    fn ipv6_special_purpose_ranges() {
        check_table(&[
            ("::", Some("::/128")),
            ("::1", Some("::1/128")),
            ("64:ff9b::a00:1", Some("64:ff9b::/96")),
            ("64:ff9b::808:808", Some("64:ff9b::/96")),
            ("64:ff9b:1::1", Some("64:ff9b:1::/48")),
            ("100::1", Some("100::/64")),
            ("2001:db8::1", Some("2001:db8::/32")),
            ("2001::1", Some("2001::/23")),
            ("2001:1ff:ffff::1", Some("2001::/23")),
            ("2002:c0a8:101::1", Some("2002::/16")),
            ("3fff::1", Some("3fff::/20")),
            ("5f00::1", Some("5f00::/16")),
            ("fc00::1", Some("fc00::/7")),
            ("fd12:3456:789a::1", Some("fc00::/7")),
            ("fe80::1", Some("fe80::/10")),
            ("febf:ffff::1", Some("fe80::/10")),
            ("fec0::1", Some("fec0::/10")),
            ("ff02::1", Some("ff00::/8")),
            ("ff05::2", Some("ff00::/8")),
            // Not global unicast, though in no named range: SIIT (RFC 6052's
            // ::ffff:0:0:0/96 form, which a translator would turn into 127.0.0.1), the
            // unassigned and reserved space.
            ("::ffff:0:7f00:1", Some("outside 2000::/3")),
            ("::ffff:0:a00:1", Some("outside 2000::/3")),
            ("1::1", Some("outside 2000::/3")),
            ("4000::1", Some("outside 2000::/3")),
            ("e000::1", Some("outside 2000::/3")),
            ("1fff:ffff::1", Some("outside 2000::/3")),
            // Public addresses.
            ("2000::1", None),
            ("3ffe:ffff::1", None),
            ("2001:4860:4860::8888", None),
            ("2606:4700:4700::1111", None),
            ("2a00:1450:4001:800::1", None),
            ("2001:200::1", None),
        ]);
    }

    #[test]
    fn addresses_carrying_ipv4_are_judged_by_the_ipv4_inside() {
        check_table(&[
            // IPv4-mapped: the embedded address's own range when forbidden...
            ("::ffff:127.0.0.1", Some("127.0.0.0/8")),
            ("::ffff:10.1.2.3", Some("10.0.0.0/8")),
            ("::ffff:169.254.169.254", Some("169.254.0.0/16")),
            // ...and still refused when public: connect to the plain IPv4 form instead.
            ("::ffff:8.8.8.8", Some("::ffff:0:0/96")),
            // IPv4-compatible (deprecated).
            ("::127.0.0.1", Some("127.0.0.0/8")),
            ("::192.168.0.1", Some("192.168.0.0/16")),
            ("::8.8.8.8", Some("::/96")),
        ]);
    }

    #[test]
    fn policy_allows_private_targets_only_when_asked() {
        let strict = TargetPolicy::default();
        assert!(strict.check_address("127.0.0.1".parse().unwrap()).is_err());
        assert!(strict.check_address("8.8.8.8".parse().unwrap()).is_ok());
        let local = TargetPolicy { allow_private: true, ..TargetPolicy::default() };
        assert!(local.check_address("127.0.0.1".parse().unwrap()).is_ok());
        assert!(strict.port_allowed(587) && strict.port_allowed(465) && strict.port_allowed(25));
        assert!(strict.port_allowed(2525) && !strict.port_allowed(22) && !strict.port_allowed(6379));
    }

    #[test]
    fn messages_name_the_range() {
        let refused = check("169.254.169.254".parse().unwrap()).unwrap_err();
        assert_eq!(refused.to_string(), "link-local (cloud metadata lives here) (169.254.0.0/16)");
    }
}
