using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Scenarios;

/// <summary>
/// A recorded call the candidate hears a limited number of times, then answers questions about
/// within a time limit; scored automatically (DOMAIN.md: the listening exercise before mock calls).
/// </summary>
public sealed record ListeningExercise : LibraryItem
{
    public override LibraryItemKind Kind => LibraryItemKind.ListeningExercise;

    /// <summary>The recorded call (also the only entry of <see cref="LibraryItem.Clips"/>).</summary>
    public Clip Recording => Clips[0];

    /// <summary>How many times the candidate may play the recording.</summary>
    public required int PlaysAllowed { get; init; }

    /// <summary>Minutes from starting the exercise to handing in the answers, before any extra time.</summary>
    public required int TimeLimitMinutes { get; init; }

    public required IReadOnlyList<ListeningQuestion> Questions { get; init; }

    public int MaxMarks => Questions.Sum(q => q.Marks);
}

public abstract record ListeningQuestion(string Id, string Text, int Marks);

public sealed record ChoiceQuestion(string Id, string Text, int Marks, IReadOnlyList<ChoiceOption> Options, string CorrectOption)
    : ListeningQuestion(Id, Text, Marks);

public sealed record ChoiceOption(string Id, string Text);

public sealed record ShortAnswerQuestion(string Id, string Text, int Marks, ExpectedAnswer Answer)
    : ListeningQuestion(Id, Text, Marks);
