using DealRules.Authoring;
using FluentValidation;
using FluentValidation.Results;

namespace DealRules.Profiles;

/// <summary>Checks profile values against the parameters a rule pack declares: known names, values in range.</summary>
internal sealed class ProfileValidator : AbstractValidator<IReadOnlyDictionary<string, decimal>>
{
    public ProfileValidator(IParameterCatalog pack)
    {
        var declared = pack.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var names = string.Join(", ", declared.Keys);

        RuleForEach(values => values).Custom((value, context) =>
        {
            if (!declared.TryGetValue(value.Key, out var parameter))
            {
                context.AddFailure(Failure(value.Key, $"unknown parameter '{value.Key}'; expected one of: {names}"));
            }
            else if (!parameter.Accepts(value.Value))
            {
                context.AddFailure(Failure(value.Key, OutOfRange(parameter, value.Value)));
            }
        });
    }

    private static ValidationFailure Failure(string name, string message) =>
        new(name, message) { CustomState = name };

    private static string OutOfRange(ParameterDefinition parameter, decimal value) =>
        $"parameter '{parameter.Name}' is {value}; expected {parameter.Range} ({Wording.Name(parameter.Kind)})";
}
