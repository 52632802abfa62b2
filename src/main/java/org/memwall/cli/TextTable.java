package org.memwall.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain aligned table: text columns to the left, numbers to the right, two spaces between. */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers starting with '>' are right-aligned (the '>' is not printed). */
    public TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].startsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    public TextTable row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public String render() {
        return render(true);
    }

    /** The rows only, for label/value blocks whose headers would say nothing. */
    public String renderBody() {
        return render(false);
    }

    private String render(boolean withHeader) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = withHeader ? headers.get(c).length() : 0;
            for (List<String> r : rows) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        if (withHeader) {
            line(out, headers, widths);
        }
        for (List<String> r : rows) {
            line(out, r, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                l.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            l.append(rightAligned[c] ? pad + cell : cell + pad);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
