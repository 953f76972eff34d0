package io.github.pollkit.chart;

import java.awt.Color;

/**
 * How different two colours look: the CIEDE2000 colour difference ΔE<sub>00</sub> (CIE 142-2001) of
 * their CIELAB coordinates, computed from sRGB (IEC 61966-2-1) with the D65 white point, as given
 * by Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
 * supplementary test data, and mathematical observations", Color Research &amp; Application 30(1),
 * 21–30. A difference of about 1 is just noticeable; the palette keeps options of one chart at
 * least {@link Palette#MIN_DISTANCE} apart.
 */
final class ColourDistance {
  private ColourDistance() {}

  /** ΔE<sub>00</sub> between two sRGB colours (alpha ignored). */
  static double between(Color a, Color b) {
    return ciede2000(lab(a), lab(b));
  }

  /** CIELAB (L*, a*, b*) of an sRGB colour, D65 white. */
  static double[] lab(Color c) {
    double r = linear(c.getRed() / 255.0);
    double g = linear(c.getGreen() / 255.0);
    double b = linear(c.getBlue() / 255.0);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  /** ΔE<sub>00</sub> between two CIELAB colours (Sharma et al. 2005, equations 1–22). */
  static double ciede2000(double[] lab1, double[] lab2) {
    double l1 = lab1[0];
    double a1 = lab1[1];
    double b1 = lab1[2];
    double l2 = lab2[0];
    double a2 = lab2[1];
    double b2 = lab2[2];
    double meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
    double g = 0.5 * (1 - Math.sqrt(pow7(meanC) / (pow7(meanC) + pow7(25))));
    double a1p = (1 + g) * a1;
    double a2p = (1 + g) * a2;
    double c1p = Math.hypot(a1p, b1);
    double c2p = Math.hypot(a2p, b2);
    double h1p = hue(a1p, b1);
    double h2p = hue(a2p, b2);
    double dLp = l2 - l1;
    double dCp = c2p - c1p;
    double dhp = 0;
    if (c1p * c2p != 0) {
      dhp = h2p - h1p;
      if (dhp > 180) {
        dhp -= 360;
      } else if (dhp < -180) {
        dhp += 360;
      }
    }
    double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
    double meanL = (l1 + l2) / 2;
    double meanCp = (c1p + c2p) / 2;
    double meanHp;
    if (c1p * c2p == 0) {
      meanHp = h1p + h2p;
    } else if (Math.abs(h1p - h2p) <= 180) {
      meanHp = (h1p + h2p) / 2;
    } else if (h1p + h2p < 360) {
      meanHp = (h1p + h2p + 360) / 2;
    } else {
      meanHp = (h1p + h2p - 360) / 2;
    }
    double t =
        1
            - 0.17 * Math.cos(Math.toRadians(meanHp - 30))
            + 0.24 * Math.cos(Math.toRadians(2 * meanHp))
            + 0.32 * Math.cos(Math.toRadians(3 * meanHp + 6))
            - 0.20 * Math.cos(Math.toRadians(4 * meanHp - 63));
    double dTheta = 30 * Math.exp(-Math.pow((meanHp - 275) / 25, 2));
    double rc = 2 * Math.sqrt(pow7(meanCp) / (pow7(meanCp) + pow7(25)));
    double sl = 1 + 0.015 * Math.pow(meanL - 50, 2) / Math.sqrt(20 + Math.pow(meanL - 50, 2));
    double sc = 1 + 0.045 * meanCp;
    double sh = 1 + 0.015 * meanCp * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    double l = dLp / sl;
    double c = dCp / sc;
    double h = dHp / sh;
    return Math.sqrt(l * l + c * c + h * h + rt * c * h);
  }

  private static double hue(double a, double b) {
    if (a == 0 && b == 0) {
      return 0;
    }
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  private static double pow7(double x) {
    return Math.pow(x, 7);
  }
}
