//! One fountain frame: a 20-byte header, then one block (a source block or
//! an XOR of several). Every frame says everything the receiver needs, so
//! it can start from any frame, in any order.
//!
//! ```text
//! offset size
//!  0     1    magic 0xB5 (not ASCII, so a QR code holding text never passes)
//!  1     1    version (1)
//!  2     4    transfer id                 big-endian, as every number here
//!  6     3    payload length in bytes     (under 16 MiB)
//!  9     2    block size in bytes         (1 to 65,535)
//! 11     3    frame number                (counts on past 16.7 million by wrapping)
//! 14     4    CRC-32 of the whole payload (refuses a wrong result)
//! 18     2    CRC-16 of this frame, every byte but these two
//! 20     …    the block: exactly `block size` bytes
//! ```

/// Marks a Rebound frame.
pub const MAGIC: u8 = 0xB5;
/// The newest frame version this build reads and the one it writes.
pub const FRAME_VERSION: u8 = 1;
pub const HEADER_LEN: usize = 20;
/// Largest payload a transfer can carry (the length has three bytes).
pub const MAX_PAYLOAD: usize = (1 << 24) - 1;
/// Frame numbers wrap after this (three bytes).
pub const FRAME_NUMBERS: u32 = 1 << 24;
/// Most source blocks in one transfer: bounds what a hostile frame can make
/// the receiver allocate for its tables.
pub const MAX_BLOCKS: u32 = 1 << 15;

/// A frame's header, read and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameHeader {
    pub transfer_id: u32,
    pub payload_len: u32,
    pub block_size: u16,
    pub number: u32,
    pub payload_crc: u32,
}

impl FrameHeader {
    /// Source blocks: the payload split into `block_size` pieces (one, for
    /// an empty payload).
    pub fn blocks(&self) -> u32 {
        self.payload_len.div_ceil(u32::from(self.block_size)).max(1)
    }

    /// Whether two frames belong to the same transfer.
    pub fn same_transfer(&self, other: &FrameHeader) -> bool {
        self.transfer_id == other.transfer_id
            && self.payload_len == other.payload_len
            && self.block_size == other.block_size
            && self.payload_crc == other.payload_crc
    }
}

/// Why a frame was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameError {
    /// Not a Rebound frame at all (another QR code in view).
    NotAFrame,
    /// From a newer Rebound.
    Newer(u8),
    /// A Rebound frame whose checksum or fields are wrong.
    Damaged,
    /// Every block arrived but the whole doesn't match its checksum; the
    /// receiver started over.
    WrongResult,
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FrameError::NotAFrame => crate::t!(
                "That QR code isn't from Rebound. Point the camera at the codes on your other device."
            ),
            FrameError::Newer(_) => crate::t!(
                "Your other device has a newer version of Rebound. Reload Rebound on this device to update it, then try again. Nothing was changed."
            ),
            FrameError::Damaged => crate::t!("A code was misread; keep the camera on the screen."),
            FrameError::WrongResult => crate::t!(
                "What was received doesn't check out, so it was thrown away and reading started again. Keep the camera on the screen. Nothing was changed."
            ),
        })
    }
}

fn be(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |n, b| n << 8 | u32::from(*b))
}

/// The frame's bytes.
pub(super) fn write_frame(h: &FrameHeader, block: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + block.len());
    out.push(MAGIC);
    out.push(FRAME_VERSION);
    out.extend_from_slice(&h.transfer_id.to_be_bytes());
    out.extend_from_slice(&h.payload_len.to_be_bytes()[1..]);
    out.extend_from_slice(&h.block_size.to_be_bytes());
    out.extend_from_slice(&(h.number % FRAME_NUMBERS).to_be_bytes()[1..]);
    out.extend_from_slice(&h.payload_crc.to_be_bytes());
    let crc = crc16(&[&out, block]);
    out.extend_from_slice(&crc.to_be_bytes());
    out.extend_from_slice(block);
    out
}

/// Reads and checks a frame: its header and its block. Never panics.
pub fn parse_frame(frame: &[u8]) -> Result<(FrameHeader, &[u8]), FrameError> {
    if frame.len() < 2 || frame[0] != MAGIC {
        return Err(FrameError::NotAFrame);
    }
    if frame[1] > FRAME_VERSION {
        return Err(FrameError::Newer(frame[1]));
    }
    if frame[1] == 0 || frame.len() <= HEADER_LEN {
        return Err(FrameError::Damaged);
    }
    let (head, block) = frame.split_at(HEADER_LEN);
    if crc16(&[&head[..18], block]) != be(&head[18..20]) as u16 {
        return Err(FrameError::Damaged);
    }
    let h = FrameHeader {
        transfer_id: be(&head[2..6]),
        payload_len: be(&head[6..9]),
        block_size: be(&head[9..11]) as u16,
        number: be(&head[11..14]),
        payload_crc: be(&head[14..18]),
    };
    let bs = usize::from(h.block_size);
    // The encoder never makes blocks longer than the payload (a tiny
    // payload gets a tiny frame), nor more of them than MAX_BLOCKS.
    if bs == 0
        || block.len() != bs
        || bs > (h.payload_len as usize).max(1)
        || h.blocks() > MAX_BLOCKS
    {
        return Err(FrameError::Damaged);
    }
    Ok((h, block))
}

/// CRC-16/CCITT-FALSE over the parts in order. Bit by bit: frames are
/// short, and a table would cost the phone download more than it saves.
fn crc16(parts: &[&[u8]]) -> u16 {
    let mut crc: u16 = 0xffff;
    for b in parts.iter().flat_map(|p| p.iter()) {
        crc ^= u16::from(*b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// CRC-32 (IEEE, as zip and PNG use), bit by bit: run once per transfer.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                crc >> 1 ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_their_standard_check_values() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc16(&[b"1234", b"56789"]), 0x29b1);
    }
}
