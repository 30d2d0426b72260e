using DealRules.Input;
using DealRules.Authoring;
using FluentValidation;
using FluentValidation.Results;

namespace DealRules.Profiles;

/// <summary>
/// Checks profile values against the parameters a rule pack declares: known names, values in range,
/// and no contradiction (a parameter above one it may not exceed, the profile's value or the default).
/// </summary>
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
                context.AddFailure(Failure(value.Key, $"unknown parameter '{Echo.Shorten(value.Key)}'; expected one of: {names}"));
            }
            else if (!parameter.Accepts(value.Value))
            {
                context.AddFailure(Failure(value.Key, OutOfRange(parameter, value.Value)));
            }
        });

        RuleFor(values => values).Custom((values, context) =>
        {
            foreach (var parameter in pack.Parameters.Where(p => p.AtMost is not null && declared.ContainsKey(p.AtMost)))
            {
                var bound = declared[parameter.AtMost!];
                var value = values.GetValueOrDefault(parameter.Name, parameter.DefaultValue);
                var limit = values.GetValueOrDefault(bound.Name, bound.DefaultValue);
                if (value > limit && parameter.Accepts(value) && bound.Accepts(limit) && (values.ContainsKey(parameter.Name) || values.ContainsKey(bound.Name)))
                {
                    var named = values.ContainsKey(parameter.Name) ? parameter.Name : bound.Name;
                    context.AddFailure(Failure(named,
                        $"parameter '{parameter.Name}' is {value}, above '{bound.Name}' at {(values.ContainsKey(bound.Name) ? limit : bound.DefaultText + " (its default)")}; " +
                        $"expected at most {(values.ContainsKey(bound.Name) ? limit : bound.DefaultText)}, or no finding could fall between the two levels"));
                }
            }
        });
    }

    private static ValidationFailure Failure(string name, string message) =>
        new(name, message) { CustomState = name };

    private static string OutOfRange(ParameterDefinition parameter, decimal value) =>
        $"parameter '{parameter.Name}' is {value}; expected {parameter.Range} ({Wording.Name(parameter.Kind)})";
}
