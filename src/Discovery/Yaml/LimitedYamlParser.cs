using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Discovery.Yaml;

/// <summary>
/// Passes YAML parsing events through and stops, with a <see cref="YamlLimitException"/>, before the document
/// model is built from input that would hurt us: YamlDotNet's reader is iterative but its document model and
/// our readers recurse, so <c>[[[[…]]]]</c> 50,000 deep overflows the stack and kills the process (or the
/// server) outright; and aliases are shared references that every reader expands, so a few lines of
/// "billion laughs" anchors grow to billions of nodes. Depth counts lists and mappings (flow or block), and an
/// alias counts as deep and as big as the node it names.
/// </summary>
internal sealed class LimitedYamlParser(IParser inner, long maxAliasedNodes = LimitedYamlParser.MaxAliasedNodes) : IParser
{
    /// <summary>The deepest nesting accepted; the same as System.Text.Json's default for the JSON readers.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes that aliases may add beyond what is written out (by default; a part of a split stream gets a share).</summary>
    public const long MaxAliasedNodes = 100_000;

    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, (long Size, int Height)> _anchors = new(StringComparer.Ordinal);
    private long _aliasedNodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                if (_open.Count >= MaxDepth)
                {
                    throw new YamlLimitException(inner.Current.Start, $"lists and maps are nested deeper than {MaxDepth} levels");
                }

                _open.Push(new Frame(((NodeEvent)inner.Current).Anchor));
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var closed = _open.Pop();
                Add(closed.Anchor, closed.Size, closed.Height);
                break;
            case Scalar scalar:
                Add(scalar.Anchor, 1, 0);
                break;
            case AnchorAlias alias when _anchors.TryGetValue(alias.Value.Value, out var named):
                CheckAlias(alias, named.Size, named.Height);
                Add(AnchorName.Empty, named.Size, named.Height);
                break;
        }

        return true;
    }

    private void CheckAlias(AnchorAlias alias, long size, int height)
    {
        if (_open.Count + height > MaxDepth)
        {
            throw new YamlLimitException(alias.Start, $"alias *{alias.Value.Value} nests lists and maps deeper than {MaxDepth} levels");
        }

        _aliasedNodes += size;
        if (_aliasedNodes > maxAliasedNodes)
        {
            throw new YamlLimitException(alias.Start, $"aliases (*{alias.Value.Value} and earlier ones) expand to more than {maxAliasedNodes:N0} nodes; write the values out instead");
        }
    }

    /// <summary>Counts a finished node in its parent and, when it has an anchor, remembers how big and deep it is.</summary>
    private void Add(AnchorName anchor, long size, int height)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (size, height);
        }

        if (_open.TryPeek(out var parent))
        {
            parent.Size += size;
            parent.Height = Math.Max(parent.Height, height + 1);
        }
    }

    private sealed class Frame(AnchorName anchor)
    {
        public AnchorName Anchor { get; } = anchor;

        public long Size { get; set; } = 1;

        public int Height { get; set; } = 1;
    }
}
