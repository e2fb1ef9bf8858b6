//! QR codes as SVG, for opening the page on a phone (the Apple profile installs there).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// `text` as a QR code in SVG, dark on light whatever the theme (phones read those best),
/// or `None` if it is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let drawn = code
        .render::<svg::Color<'_>>()
        .min_dimensions(176, 176)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build();
    // The element alone: an XML declaration has no place inside HTML.
    drawn.find("<svg").map(|start| drawn[start..].to_owned())
}

/// The link a phone opens: this page with the address and the iPhone guide.
pub fn phone_link(page_url: &str, address: &str) -> String {
    let params = super::url_params::PageParams {
        address: Some(address.to_owned()),
        tab: Some(mailsetup_shared::guides::Client::Ios.id().to_owned()),
        ..super::url_params::PageParams::default()
    };
    format!("{page_url}{}", params.to_link())
}

// Natively only: the QR reader is a native test dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Reads a QR code back from `text`'s modules, as a phone's camera would.
    fn read_back(text: &str) -> String {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        // Four light modules around it, four pixels a module.
        let (quiet, scale) = (4, 4);
        let size = (width + 2 * quiet) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            let (mx, my) = ((x / scale).wrapping_sub(quiet), (y / scale).wrapping_sub(quiet));
            let dark = mx < width && my < width && colors[my * width + mx] == qrcode::Color::Dark;
            if dark { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn the_phone_link_opens_the_iphone_guide_for_the_address_and_reads_back() {
        let link = phone_link("https://mailsetup.example/", "someone@gmail.com");
        assert_eq!(link, "https://mailsetup.example/?tab=ios#address=someone@gmail.com");
        assert_eq!(read_back(&link), link);
        let drawn = svg(&link).unwrap();
        assert!(drawn.starts_with("<svg") && drawn.contains("#000000"), "{drawn}");
        assert!(svg(&"x".repeat(5000)).is_none(), "too long for a QR code");
    }
}
