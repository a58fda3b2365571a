// Deterministic log, exp and rounding for the matcher. Scores must be bit-for-bit identical in
// the native build and in WebAssembly, and libm implementations may differ in the last bit; these
// use only +, -, *, / and exact frexp/ldexp, which IEEE 754 defines exactly on both.
#pragma once

#include <cmath>

namespace talentmatch::detail {

constexpr double kLn2 = 0.6931471805599453094;

// Natural logarithm for x > 0 (returns -745 for x <= 0, about log of the smallest double).
inline double det_log(double x) {
  if (!(x > 0)) return -745.0;
  int e = 0;
  double m = std::frexp(x, &e);  // x = m * 2^e, m in [0.5, 1)
  if (m < 0.70710678118654752440) {
    m *= 2;
    --e;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716: 13 odd terms reach 1e-17.
  static constexpr double kInverseOdd[] = {1.0,      1.0 / 3,  1.0 / 5,  1.0 / 7,  1.0 / 9,
                                           1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19,
                                           1.0 / 21, 1.0 / 23, 1.0 / 25, 1.0 / 27};
  const double s = (m - 1) / (m + 1);
  const double s2 = s * s;
  double term = s, sum = 0;
  for (double inverse : kInverseOdd) {
    sum += term * inverse;
    term *= s2;
  }
  return e * kLn2 + 2 * sum;
}

// e^x, clamped to [e^-700, e^700].
inline double det_exp(double x) {
  if (x > 700) x = 700;
  if (x < -700) x = -700;
  const double k = std::floor(x / kLn2 + 0.5);
  const double r = x - k * kLn2;  // |r| <= 0.35
  // Horner form of the Taylor series to r^18 (|r| <= 0.35: error below 1e-17), multiplying by
  // 1/i: a chain of 18 divisions was most of the confidence model's time.
  static constexpr double kInverse[19] = {0,      1,      1.0 / 2,  1.0 / 3,  1.0 / 4,  1.0 / 5,  1.0 / 6,
                                          1.0 / 7,  1.0 / 8,  1.0 / 9,  1.0 / 10, 1.0 / 11, 1.0 / 12, 1.0 / 13,
                                          1.0 / 14, 1.0 / 15, 1.0 / 16, 1.0 / 17, 1.0 / 18};
  double sum = 1;
  for (int i = 18; i >= 1; --i) sum = 1 + sum * r * kInverse[i];
  return std::ldexp(sum, static_cast<int>(k));
}

inline double det_sigmoid(double z) { return 1 / (1 + det_exp(-z)); }

// Rounds to `decimals` places for output, so every build prints the same digits.
inline double round_to(double x, int decimals) {
  double scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  return std::floor(x * scale + 0.5) / scale;
}

}  // namespace talentmatch::detail
