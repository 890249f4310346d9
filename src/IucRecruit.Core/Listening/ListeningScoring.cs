using IucRecruit.Core.Scenarios;

namespace IucRecruit.Core.Listening;

/// <summary>One question's result: what was answered, the marks it earned and why.</summary>
/// <param name="Answer">As the candidate gave it (for a choice, the option's text); empty if none.</param>
public sealed record QuestionResult(string QuestionId, string Answer, int Marks, int MaxMarks, string Explanation);

public sealed record ListeningScore(int Marks, int MaxMarks, IReadOnlyList<QuestionResult> Questions);

/// <summary>Marks a listening exercise: each question earns its marks for a right answer and none
/// otherwise. A choice is right when the chosen option is the correct one; a short answer when its
/// match rule accepts it (Scenarios/Matching).</summary>
public static class ListeningScoring
{
    /// <param name="answers">By question id: a choice question's option id, a short answer's text.</param>
    public static ListeningScore Score(ListeningExercise exercise, IReadOnlyDictionary<string, string?> answers)
    {
        var results = exercise.Questions.Select(q => Mark(q, answers.GetValueOrDefault(q.Id)?.Trim())).ToList();
        return new ListeningScore(results.Sum(r => r.Marks), exercise.MaxMarks, results);
    }

    private static QuestionResult Mark(ListeningQuestion question, string? answer)
    {
        switch (question)
        {
            case ChoiceQuestion choice:
                var chosen = choice.Options.FirstOrDefault(o => o.Id == answer);
                var correct = choice.Options.First(o => o.Id == choice.CorrectOption);
                if (chosen is null) return new QuestionResult(question.Id, "", 0, question.Marks, "No option was chosen.");
                return chosen == correct
                    ? new QuestionResult(question.Id, chosen.Text, question.Marks, question.Marks, "The right option.")
                    : new QuestionResult(question.Id, chosen.Text, 0, question.Marks, $"The right option is \"{correct.Text}\".");
            case ShortAnswerQuestion shortAnswer:
                var result = shortAnswer.Answer.Check(answer);
                return new QuestionResult(question.Id, answer ?? "", result.Matched ? question.Marks : 0, question.Marks, result.Explanation);
            default:
                throw new ArgumentOutOfRangeException(nameof(question), question.GetType().Name, "Unknown kind of question.");
        }
    }
}
