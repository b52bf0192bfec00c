namespace Discovery.Store;

/// <summary>One manifest file's text and the name errors give it (the path as the user typed it, or <c>&lt;stdin&gt;</c>).</summary>
/// <param name="Name">How locations name the source.</param>
/// <param name="Text">The YAML or JSON text (one or many documents).</param>
internal sealed record ManifestSource(string Name, string Text);
