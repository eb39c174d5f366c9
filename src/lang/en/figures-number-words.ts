/** Cardinal number words. Shared by the time stage (durations: "five days") and the figures stage. */
export const NUMBER_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const NUMBER_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Multipliers after a number ("1.5 million", "five thousand", "$2bn"), with the South Asian lakh (100,000) and
 * crore (10,000,000): "2.5 lakh people", "Rs 3 crore", "1.5 lakh crore" (1.5 × 10¹²).
 */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  lakh: 100_000,
  crore: 10_000_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  k: 1_000,
};

/** "a dozen" and friends: exact-sounding group words, read as approximate. */
export const NUMBER_GROUPS: Readonly<Record<string, number>> = { dozen: 12, score: 20, couple: 2 };
