using Tandem.Domain.Programmes;

namespace Tandem.Web.Content;

/// <summary>A problem in a content file; <see cref="File"/> is relative to the content root, <see cref="Line"/> 1-based.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>The programmes without any error, and every error found; a programme with an error is left out.</summary>
public sealed record ContentLoadResult(IReadOnlyList<Programme> Programmes, IReadOnlyList<ContentError> Errors);
