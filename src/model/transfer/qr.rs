//! Frames as QR codes, and QR codes back from a camera image.
//!
//! Frames are bytes, not text, and travel in QR byte mode as they are: the
//! reader writes byte-mode data out unchanged (it never goes through UTF-8),
//! so no base45/base64 step is needed. Every frame of a transfer has the
//! same length, and each is drawn at the smallest version it fits, so the
//! code keeps its size from frame to frame.
//!
//! Level L (7 % of codewords recoverable): a screen read by a camera has no
//! print damage, and the fountain code makes a frame the camera misreads
//! cost one frame, so capacity buys more than correction. 858 bytes at L
//! fit version 20, 97 modules across; level M would need version 23, 109
//! across, and smaller modules are what make a phone's camera miss.
//!
//! The reader (rqrr, a port of quirc) decides dark or light against a
//! running average along each row: it reads codes at two pixels a module
//! and more, but pixel noise past about ±12 levels on the white around a
//! code breaks its finder squares. Camera frames come denoised; pass them
//! at their own size (scaling up adds nothing), cropped to where the code
//! is if they are large: most of a frame's reading time is fitting the grid
//! (docs/performance.md, *Figures moved from code comments*).

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

/// Error correction for every frame.
pub const LEVEL: EcLevel = EcLevel::L;
/// The largest frame [`qr_modules`] takes: version 40 at level L.
pub const MAX_QR_BYTES: usize = 2953;

/// A QR code's modules, row by row from the top left, `true` for dark. The
/// UI draws it with a quiet zone of four light modules around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub modules: Vec<bool>,
}

impl QrMatrix {
    /// Whether the module at column `x`, row `y` is dark.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.modules.get(y * self.width + x) == Some(&true)
    }
}

/// Why a frame can't be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrError {
    /// More bytes than the largest QR code holds.
    TooLong(usize),
}

/// The QR code for one frame: byte mode, level L, the smallest version that
/// holds it.
pub fn qr_modules(frame: &[u8]) -> Result<QrMatrix, QrError> {
    for v in 1..=40 {
        let mut bits = Bits::new(Version::Normal(v));
        if bits.push_byte_data(frame).is_err() || bits.push_terminator(LEVEL).is_err() {
            continue;
        }
        if let Ok(code) = QrCode::with_bits(bits, LEVEL) {
            return Ok(QrMatrix {
                width: code.width(),
                modules: code
                    .to_colors()
                    .into_iter()
                    .map(|c| c == Color::Dark)
                    .collect(),
            });
        }
    }
    Err(QrError::TooLong(frame.len()))
}

/// The QR version [`qr_modules`] uses for frames of `len` bytes.
pub fn qr_version(len: usize) -> Option<u8> {
    (1u8..=40).find(|&v| {
        let mut bits = Bits::new(Version::Normal(i16::from(v)));
        bits.push_byte_data(&vec![0; len]).is_ok() && bits.push_terminator(LEVEL).is_ok()
    })
}

/// The raw bytes of every QR code found in a grayscale image (one byte per
/// pixel, row by row, `width` × `height`). Empty when there is none or the
/// buffer doesn't match its size. Codes that fail their error correction
/// are left out; what is returned is exactly what was encoded.
pub fn read_qr(luma: &[u8], width: usize, height: usize) -> Vec<Vec<u8>> {
    let Some(size) = width.checked_mul(height) else {
        return Vec::new();
    };
    // Tiny images hold no code; huge ones would only make the phone stall.
    if width < 21 || height < 21 || size > 16 << 20 || luma.len() < size {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    let mut found = Vec::new();
    for grid in image.detect_grids() {
        let mut bytes = Vec::new();
        if grid.decode_to(&mut bytes).is_ok() && !found.contains(&bytes) {
            found.push(bytes);
        }
    }
    found
}

/// Grayscale from a canvas's RGBA pixels (`getImageData`), by the usual
/// luma weights in integers.
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            let y = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]);
            (y >> 8) as u8
        })
        .collect()
}
