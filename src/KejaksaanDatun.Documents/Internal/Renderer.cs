using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KejaksaanDatun.Documents.Internal;

/// <summary>The state of one render: the data scopes, the output buffer and the warnings.</summary>
internal sealed class Renderer
{
    private readonly List<JsonElement> _scopes = new(4);
    private readonly List<int> _indexes = new(4);
    private readonly List<string> _warnings = [];
    private HashSet<string>? _seen;
    private uint _nextDrawingId;
    private int _nextShapeSuffix = 1;
    private PartTemplate _part = null!;

    public Renderer(JsonElement data, uint firstFreeDrawingId)
    {
        _scopes.Add(data);
        _nextDrawingId = firstFreeDrawingId;
    }

    public IReadOnlyList<string> Warnings => _warnings;

    public void Render(PartTemplate part, ByteBuffer output)
    {
        _part = part;
        Write(part.Nodes, output);
    }

    private void Write(List<Node> nodes, ByteBuffer output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LiteralNode literal:
                    output.Write(literal.Utf8);
                    break;
                case ValueNode value:
                    WriteValue(value.Tag, output);
                    break;
                case DocPrIdNode drawing:
                    if (_indexes.Count == 0) output.Write(drawing.Utf8);
                    else WriteAscii((_nextDrawingId++).ToString(CultureInfo.InvariantCulture), output);
                    break;
                case ShapeIdNode shape:
                    output.Write(shape.Utf8);
                    if (_indexes.Count > 0) WriteAscii("_" + (_nextShapeSuffix++).ToString(CultureInfo.InvariantCulture), output);
                    break;
                case GuardStartNode:
                    (_guards ??= new Stack<int>()).Push(output.WrittenCount);
                    break;
                case GuardEndNode:
                    var written = output.WrittenSpan[_guards!.Pop()..];
                    if (!HasBlockLevel(written)) output.Write(_part.EmptyParagraph);
                    break;
                case TableGuardEndNode:
                    var start = _guards!.Pop();
                    if (!HasElement(output.WrittenSpan[start..], _part.RowStart)) output.Truncate(start);
                    break;
                case BlockNode block:
                    WriteBlock(block, output);
                    break;
            }
        }
    }

    private Stack<int>? _guards;

    private bool HasBlockLevel(ReadOnlySpan<byte> xml) =>
        HasElement(xml, _part.TableStart) || HasElement(xml, _part.ParagraphStart);

    /// <summary>Whether the XML holds a start tag with exactly this name (so "&lt;w:p" does not match "&lt;w:pPr").</summary>
    private static bool HasElement(ReadOnlySpan<byte> xml, ReadOnlySpan<byte> start)
    {
        for (var i = xml.IndexOf(start); i >= 0; )
        {
            var after = i + start.Length;
            if (after < xml.Length && xml[after] is (byte)'>' or (byte)' ' or (byte)'/') return true;
            var next = xml[after..].IndexOf(start);
            i = next < 0 ? -1 : after + next;
        }
        return false;
    }

    private void WriteBlock(BlockNode block, ByteBuffer output)
    {
        var tag = block.Tag;
        var found = TryResolve(tag.Segments, out var value);
        if (tag.Kind == TagKind.If)
        {
            Write(found && IsTruthy(value) ? block.Body : block.Else, output);
            return;
        }

        if (!found)
        {
            Warn($"Data '{tag.Path}' tidak ada ({tag.Location}).");
            return;
        }
        if (value.ValueKind == JsonValueKind.Null) return;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Warn($"Data '{tag.Path}' bukan daftar, tidak dapat diulang ({tag.Location}).");
            return;
        }
        var i = 0;
        _indexes.Add(0);
        foreach (var item in value.EnumerateArray())
        {
            _indexes[^1] = ++i;
            _scopes.Add(item);
            Write(block.Body, output);
            _scopes.RemoveAt(_scopes.Count - 1);
        }
        _indexes.RemoveAt(_indexes.Count - 1);
    }

    private static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d != 0 : value.GetDouble() != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => true,
    };

    private bool TryResolve(string[] segments, out JsonElement value)
    {
        value = default;
        var first = segments[0];
        int next;
        if (first == "this")
        {
            value = _scopes[^1];
            next = 1;
        }
        else
        {
            var found = false;
            for (var s = _scopes.Count - 1; s >= 0; s--)
            {
                if (TryChild(_scopes[s], first, out value))
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
            next = 1;
        }
        for (var i = next; i < segments.Length; i++)
            if (!TryChild(value, segments[i], out value)) return false;
        return true;
    }

    private static bool TryChild(JsonElement parent, string name, out JsonElement child)
    {
        if (parent.ValueKind == JsonValueKind.Object)
        {
            if (parent.TryGetProperty(name, out child)) return true;
            foreach (var p in parent.EnumerateObject())
            {
                if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    child = p.Value;
                    return true;
                }
            }
        }
        else if (parent.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                 && index < parent.GetArrayLength())
        {
            child = parent[index];
            return true;
        }
        child = default;
        return false;
    }

    private void WriteValue(TagInfo tag, ByteBuffer output)
    {
        string text;
        if (tag.Path == "@index")
        {
            if (_indexes.Count == 0)
            {
                Warn($"{{{{ @index }}}} hanya berlaku di dalam {{{{#each}}}} ({tag.Location}).");
                return;
            }
            text = _indexes[^1].ToString(CultureInfo.InvariantCulture);
            if (tag.Filters.Length == 0)
            {
                WriteAscii(text, output);
                return;
            }
            text = Filters.Apply(this, tag, null, text);
        }
        else
        {
            if (!TryResolve(tag.Segments, out var value))
            {
                Warn($"Data '{tag.Path}' tidak ada ({tag.Location}).");
                return;
            }
            if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Warn($"Data '{tag.Path}' bukan nilai tunggal, tidak dapat ditulis ({tag.Location}).");
                return;
            }
            text = tag.Filters.Length == 0 ? Filters.ToText(value) : Filters.Apply(this, tag, value, null);
        }
        WriteEscaped(text, output);
    }

    internal void Warn(string warning)
    {
        _seen ??= new HashSet<string>(StringComparer.Ordinal);
        if (_seen.Add(warning)) _warnings.Add(warning);
    }

    private static void WriteAscii(string s, ByteBuffer output)
    {
        var span = output.GetSpan(s.Length);
        for (var i = 0; i < s.Length; i++) span[i] = (byte)s[i];
        output.Advance(s.Length);
    }

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\n\r\t\v\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private void WriteEscaped(string s, ByteBuffer output)
    {
        var rest = s.AsSpan();
        while (rest.Length > 0)
        {
            var i = rest.IndexOfAny(Special);
            var plain = i < 0 ? rest : rest[..i];
            if (plain.Length > 0)
            {
                var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(plain.Length));
                output.Advance(Encoding.UTF8.GetBytes(plain, span));
            }
            if (i < 0) break;
            var c = rest[i];
            switch (c)
            {
                case '&': output.Write("&amp;"u8); break;
                case '<': output.Write("&lt;"u8); break;
                case '>': output.Write("&gt;"u8); break;
                case '\n':
                case '\v':
                    output.Write(_part.LineBreak);
                    break;
                case '\r':
                    if (i + 1 >= rest.Length || rest[i + 1] != '\n') output.Write(_part.LineBreak);
                    break;
                case '\t': output.Write(_part.Tab); break;
            }
            rest = rest[(i + 1)..];
        }
    }
}
