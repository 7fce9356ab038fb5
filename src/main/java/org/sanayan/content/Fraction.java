package org.sanayan.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number, for quiz scores: a third of a question is a third, not 0.3333, so the
 * pass decision never depends on rounding.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = of(0, 1);
    public static final Fraction ONE = of(1, 1);

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction parse(String s) {
        String[] parts = s.split("/");
        return new Fraction(new BigInteger(parts[0]), parts.length > 1 ? new BigInteger(parts[1]) : BigInteger.ONE);
    }

    public Fraction plus(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction minus(Fraction o) {
        return plus(new Fraction(o.numerator.negate(), o.denominator));
    }

    public Fraction times(long n) {
        return new Fraction(numerator.multiply(BigInteger.valueOf(n)), denominator);
    }

    public Fraction dividedBy(long n) {
        return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(n)));
    }

    public Fraction atLeastZero() {
        return numerator.signum() < 0 ? ZERO : this;
    }

    public boolean isOne() {
        return numerator.equals(denominator);
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** The value rounded half-up to {@code decimals} places, for display. */
    public BigDecimal toDecimal(int decimals) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
