// Valid NRules 1.0.4 rules in every form NRules' documentation and its own tests show (fluent DSL, reactive
// queries, forward chaining, dependencies, DSL extensions, rule loading and activation). CorpusTests compiles
// the files of this folder together with every DealRules analyzer and expects no diagnostic at all: each rule here is correct code.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading.Tasks;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ValidRules;

// The facts the rules match, as NRules' documentation names them.
public sealed class Customer
{
    public string Name { get; set; } = "";
    public bool IsPreferred { get; set; }
    public int Id { get; set; }
    public void DoSomething() { }
    public void DoSomething(double total) { }
}

public sealed class Account
{
    public Customer Owner { get; set; } = null!;
    public bool IsActive { get; set; }
    public bool IsDelinquent { get; set; }
}

public sealed class Order
{
    public Customer Customer { get; set; } = null!;
    public bool IsOpen { get; set; }
    public bool IsDiscounted { get; set; }
    public double Amount { get; set; }
    public double Price { get; set; }
    public int Quantity { get; set; }
    public List<OrderLine> Lines { get; } = new();
    public void ApplyDiscount(double percent) { Amount *= 1 - percent / 100; IsDiscounted = true; }
}

public sealed class OrderLine { public string Product { get; set; } = ""; public int Quantity { get; set; } }

public sealed class InstantDiscount
{
    public InstantDiscount(Customer customer, double amount) { Customer = customer; Amount = amount; }
    public Customer Customer { get; }
    public double Amount { get; }
}

public sealed class Alert { public Customer Customer { get; set; } = null!; public string Message { get; set; } = ""; }

public sealed class Claim { public Patient Patient { get; set; } = null!; public Insured Insured { get; set; } = null!; public ClaimStatus Status { get; set; } }
public sealed class Patient { public string Name { get; set; } = ""; public Relationship RelationshipToInsured { get; set; } }
public sealed class Insured { public string Name { get; set; } = ""; }
public sealed class ClaimAlert { public int Severity { get; set; } public Claim Claim { get; set; } = null!; public string RuleName { get; set; } = ""; public string Message { get; set; } = ""; }
public enum Relationship { Self, Spouse }
public enum ClaimStatus { Open, Denied }
public interface INotificationService { void ClaimDenied(Claim claim); Task SendAsync(Claim claim); }

public sealed class Clock { public DateTime Now { get; set; } }
public sealed class Counter { public int Value { get; set; } }
