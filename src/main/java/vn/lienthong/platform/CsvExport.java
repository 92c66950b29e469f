package vn.lienthong.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Query results as a CSV download (RFC 4180 with a header row), streamed: PostgreSQL hands the rows over
 * {@value #FETCH_SIZE} at a time in one read-only transaction and each is written as it arrives, so an export
 * of any size takes constant memory.
 */
@Component
public class CsvExport {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final int FETCH_SIZE = 1000;

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quote only what needs it, as RFC 4180 does
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET) // the response's stream belongs to the server
            .build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public CsvExport(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE); // the driver streams with a cursor only inside a transaction
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The columns of a record or bean type, in declaration order, with a header row. */
    public static CsvSchema schemaFor(Class<?> type) {
        return CSV.schemaFor(type).withHeader().withLineSeparator("\r\n");
    }

    /** The named columns (keys of each row's map), with a header row. */
    public static CsvSchema schemaOf(String... columns) {
        return CsvSchema.builder().addColumns(List.of(columns), CsvSchema.ColumnType.STRING).build()
                .withHeader().withLineSeparator("\r\n");
    }

    /** A download named {@code filename} of the rows {@code sql} selects, each mapped to one CSV line. */
    public ResponseEntity<StreamingResponseBody> download(String filename, CsvSchema schema, RowMapper<?> row, String sql,
            Object... args) {
        StreamingResponseBody body = out -> write(out, schema, row, sql, args);
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    public void write(OutputStream out, CsvSchema schema, RowMapper<?> row, String sql, Object... args) throws IOException {
        try (SequenceWriter lines = CSV.writer(schema).writeValues(out)) {
            readOnly.executeWithoutResult(status -> jdbc.query(sql, rs -> {
                try {
                    lines.write(row.mapRow(rs, rs.getRow()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, args));
        }
    }
}
