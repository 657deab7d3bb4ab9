//! Which source blocks a repair frame combines: each block with probability
//! one half, drawn from a PRNG seeded by the transfer id and the frame
//! number. Sender and receiver compute the same choice, so it is never sent.
//!
//! Why not LT's robust soliton degrees: the first `k` frames already are
//! the blocks, so a receiver is missing only the few the camera dropped,
//! and a sparse combination then usually holds none of them. Measured with
//! a peeling decoder, a camera that missed 10 % of frames needed 1.6 times
//! `k` frames shown, and 2 times at 30 %. Dense combinations, solved by
//! elimination when peeling alone stalls, need about `k + 2` frames
//! received whatever was missed: near the least possible.
//!
//! Integer arithmetic only, so two devices on different app versions or
//! engines agree to the last bit.

use crate::model::record::mix;

/// SplitMix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(transfer_id: u32, frame: u32) -> Rng {
        Rng(mix(u64::from(transfer_id) << 32 | u64::from(frame)) ^ 0x5245_424f_554e_4421)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }
}

/// The blocks repair frame `frame` of a `k`-block transfer combines, as a
/// bit set (bit `b` of word `b / 64`); never empty.
pub(super) fn combination(transfer_id: u32, frame: u32, k: u32) -> Vec<u64> {
    let mut rng = Rng::new(transfer_id, frame);
    let k = k.max(1) as usize;
    let mut bits: Vec<u64> = (0..k.div_ceil(64)).map(|_| rng.next()).collect();
    if !k.is_multiple_of(64) {
        if let Some(last) = bits.last_mut() {
            *last &= (1u64 << (k % 64)) - 1;
        }
    }
    if bits.iter().all(|w| *w == 0) {
        let b = (rng.next() % k as u64) as usize;
        bits[b / 64] |= 1 << (b % 64);
    }
    bits
}

/// The set bits of a bit set, lowest first.
pub(super) fn ones(bits: &[u64]) -> impl Iterator<Item = u32> + '_ {
    bits.iter().enumerate().flat_map(|(i, &w)| {
        let mut w = w;
        std::iter::from_fn(move || {
            if w == 0 {
                return None;
            }
            let b = w.trailing_zeros();
            w &= w - 1;
            Some(i as u32 * 64 + b)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinations_stay_in_range_and_hold_about_half() {
        for k in [1u32, 2, 3, 63, 64, 65, 400] {
            let mut total = 0;
            for n in k..k + 200 {
                let set: Vec<u32> = ones(&combination(7, n, k)).collect();
                assert!(!set.is_empty() && set.iter().all(|&b| b < k));
                assert!(set.windows(2).all(|w| w[0] < w[1]));
                assert_eq!(combination(7, n, k), combination(7, n, k));
                total += set.len();
            }
            if k >= 63 {
                let mean = total as f64 / 200.0 / f64::from(k);
                assert!((0.45..0.55).contains(&mean), "k = {k}: {mean}");
            }
        }
    }
}
