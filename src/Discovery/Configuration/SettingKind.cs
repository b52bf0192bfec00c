namespace Discovery.Configuration;

/// <summary>How a setting's text is read and checked, wherever it comes from (file, environment, flag).</summary>
internal enum SettingKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A file or folder path (a leading <c>~/</c> is the home folder).</summary>
    Path,

    /// <summary>Several values: a YAML list, or a comma/space separated string in the environment and on flags.</summary>
    List,

    /// <summary><c>true</c>/<c>false</c> (also yes/no, on/off, 1/0).</summary>
    Bool,

    /// <summary>A whole number within the definition's range.</summary>
    Integer,

    /// <summary>A duration: seconds, or a number with ms, s, m, h or d (e.g. <c>90s</c>, <c>10m</c>), or <c>hh:mm:ss</c>.</summary>
    Duration,

    /// <summary>An absolute http or https URL.</summary>
    Url,

    /// <summary>One of the definition's <see cref="SettingDefinition.Choices"/>.</summary>
    Choice,
}
