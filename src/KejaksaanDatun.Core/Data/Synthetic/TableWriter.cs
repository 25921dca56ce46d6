using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// Inserts entities of one type with a single prepared SQLite statement, reset and bound again row after row: many times
/// faster than SaveChanges for millions of rows, since nothing is tracked, audited or read back, and several times faster
/// than a reused ADO.NET command, which looks every parameter up by name on every execution. The table, the columns and
/// how each value is stored (enums as text, instants in UTC, lists as JSON) come from the EF model, and values are bound
/// in the text formats Microsoft.Data.Sqlite uses, so the rows are exactly what SaveChanges would have written and a
/// column added to the model is written too. Keys are given, not generated. Runs inside the connection's transaction.
/// </summary>
internal sealed class TableWriter<T> : IDisposable where T : class
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly Column[] _columns;
    private byte[] _buffer = new byte[4096];

    private sealed record Column(string Name, IClrPropertyGetter Getter, ValueConverter? Converter);

    public long Rows { get; private set; }

    public TableWriter(DatunDbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToList();
        var shadow = properties.FirstOrDefault(p => p.IsShadowProperty());
        if (shadow is not null) throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property the writer cannot read.");
        _columns = properties
            .Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetRelationalTypeMapping().Converter))
            .ToArray();

        _connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", _columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(_connection, insert, out _statement));
    }

    public void Write(T entity)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var value = column.Getter.GetClrValueUsingContainingEntity(entity);
            if (value is not null && column.Converter is not null) value = column.Converter.ConvertToProvider(value);
            Check(Bind(i + 1, value, column));
        }
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE) Check(result);
        Check(raw.sqlite3_reset(_statement));
        Rows++;
    }

    public void WriteAll(IEnumerable<T> entities)
    {
        foreach (var entity in entities) Write(entity);
    }

    /// <summary>As Microsoft.Data.Sqlite stores each CLR type (and so as EF Core reads it back).</summary>
    private int Bind(int index, object? value, Column column) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => BindText(index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        DateTime instant => BindFormatted(index, instant, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF"),
        DateOnly day => BindFormatted(index, day, @"yyyy\-MM\-dd"),
        _ => throw new NotSupportedException($"{typeof(T).Name}.{column.Name}: values of type {value.GetType().Name} are not written."),
    };

    /// <summary>UTF-8 into one reused buffer (SQLite copies it), rather than a new array per value.</summary>
    private int BindText(int index, string text)
    {
        // An empty span would be bound as NULL.
        if (text.Length == 0) return raw.sqlite3_bind_text(_statement, index, "");
        var size = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (size > _buffer.Length) _buffer = new byte[Math.Max(size, 2 * _buffer.Length)];
        var length = Encoding.UTF8.GetBytes(text, _buffer);
        return raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length));
    }

    private int BindFormatted<TValue>(int index, TValue value, string format) where TValue : IUtf8SpanFormattable
    {
        value.TryFormat(_buffer, out var length, format, CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(_connection).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
