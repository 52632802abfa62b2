package org.memwall.ui.export;

import java.awt.geom.Path2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SVG path data with straight segments (M, L, H, V, Z and their relative forms) as a Java2D path: the marker shapes. */
final class SvgPaths {
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvZz]|-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?");

    private SvgPaths() {
    }

    static Path2D parse(String data) {
        Path2D p = new Path2D.Double();
        if (data == null) {
            return p;
        }
        Matcher m = TOKEN.matcher(data);
        java.util.List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        char command = 'M';
        double x = 0;
        double y = 0;
        int i = 0;
        boolean started = false;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    p.closePath();
                }
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M', 'L' -> {
                    if (i + 1 >= tokens.size()) {
                        return p;
                    }
                    double nx = Double.parseDouble(tokens.get(i)) + (relative ? x : 0);
                    double ny = Double.parseDouble(tokens.get(i + 1)) + (relative ? y : 0);
                    i += 2;
                    if (Character.toUpperCase(command) == 'M' || !started) {
                        p.moveTo(nx, ny);
                        started = true;
                        command = relative ? 'l' : 'L';
                    } else {
                        p.lineTo(nx, ny);
                    }
                    x = nx;
                    y = ny;
                }
                case 'H' -> {
                    x = Double.parseDouble(tokens.get(i++)) + (relative ? x : 0);
                    p.lineTo(x, y);
                }
                case 'V' -> {
                    y = Double.parseDouble(tokens.get(i++)) + (relative ? y : 0);
                    p.lineTo(x, y);
                }
                default -> i++;
            }
        }
        return p;
    }
}
