package io.agenticapi.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class PolicyTest {

    private final PythonSandbox sandbox = TestSandbox.get();

    static Stream<Arguments> hostileSnippets() {
        return Stream.of(
                arguments("blocked-import", "import subprocess\nsubprocess.run(['ls'])"),
                arguments("blocked-import", "import socket\nsocket.create_connection(('example.com', 80))"),
                arguments("blocked-import", "import ctypes"),
                arguments("blocked-import", "import pickle\npickle.loads(b'')"),
                arguments("blocked-import", "from importlib import import_module\nimport_module('os')"),
                arguments("blocked-import", "import builtins"),
                arguments("blocked-import", "import shutil\nshutil.rmtree('/tmp')"),
                arguments("blocked-import", "import threading"),
                arguments("blocked-import", "import urllib.request"),
                arguments("blocked-import", "import requests\nrequests.get('https://example.com')"),
                arguments("blocked-import", "from os import system\nsystem('id')"),
                arguments("blocked-import", "import pathlib\npathlib.Path('x').write_text('y')"),
                arguments("blocked-call", "__import__('os').system('id')"),
                arguments("blocked-call", "eval('1+1')"),
                arguments("blocked-call", "exec('print(1)')"),
                arguments("blocked-call", "compile('1', 'x', 'eval')"),
                arguments("blocked-call", "print(open('/etc/passwd').read())"),
                arguments("blocked-call", "breakpoint()"),
                arguments("blocked-call", "print(vars())"),
                arguments("blocked-call", "globals()['x'] = 1"),
                arguments("blocked-call", "name = input('name? ')"),
                arguments("blocked-call", "import os\nos.system('id')"),
                arguments("blocked-call", "import os\nos.popen('id').read()"),
                arguments("blocked-call", "import os\nos.remove('data.txt')"),
                arguments("blocked-call", "import os\nos.kill(1, 9)"),
                arguments("blocked-call", "import sys\nsys._getframe()"),
                arguments("dynamic-attribute", "import operator\noperator.attrgetter('gi_frame')(1)"),
                arguments("dynamic-attribute", "from operator import methodcaller\nmethodcaller('_x')(1)"),
                arguments("dynamic-attribute", "import operator\nsorted([], key=operator.attrgetter)"),
                arguments("introspection", "print('{0.gi_frame.f_back}'.format(1))"),
                arguments("private-access", "import stripe\nprint('{0._send_request}'.format(stripe))"),
                arguments("dunder-access", "object.__setattr__(1, '__class__', int)"),
                arguments("blocked-attribute", "import sys\nprint(sys.modules['os'])"),
                arguments("file-write", "open('out.txt', 'w').write('x')"),
                arguments("file-write", "with open('out.txt', mode='a') as f:\n    f.write('x')"),
                arguments("file-write", "import logging\nlogging.basicConfig(filename='app.log')"),
                arguments("file-write", "import logging\nlogging.FileHandler('app.log')"),
                arguments("dunder-access", "().__class__.__bases__[0].__subclasses__()"),
                arguments("dunder-access", "f = lambda: 0\nprint(f.__globals__)"),
                arguments("dunder-access", "print(print.__self__)"),
                arguments("dunder-access", "class A:\n    pass\nprint(A.__dict__)"),
                arguments("dunder-access", "print('{0.__class__.__init__}'.format(1))"),
                arguments("dunder-access", "x = {}\nprint(x['__builtins__'])"),
                arguments("dunder-access", "match 1:\n    case int(__class__=c):\n        print(c)"),
                arguments("dunder-access", "try:\n    1/0\nexcept Exception as e:\n    print(e.__traceback__)"),
                arguments("dunder-access", "def __getattr__(name):\n    return name"),
                arguments("dunder-access", "print(__builtins__)"),
                arguments("dynamic-attribute", "getattr(object, '__subclasses__')()"),
                arguments("dynamic-attribute", "import os\nname = 'sys' + 'tem'\ngetattr(os, name)('id')"),
                arguments("dynamic-attribute", "import os\nx = os\nx.system('id')"),
                arguments("dynamic-attribute", "setattr(object(), 'a' + 'b', 1)"),
                arguments("introspection", "def gen():\n    yield 1\ng = gen()\nprint(g.gi_frame.f_globals)"),
                arguments("private-access", "import stripe\nstripe._send_request('GET', '/v1/x', '{}', '{}')"),
                arguments("dynamic-format", "x = 1\nprint(('{0._' + '_class__}').format(x))"),
                arguments("dynamic-format", "template = 'a'\ntemplate = str(7)\nprint(template.format(1))"),
                arguments("dynamic-attribute", "import functools\nfunctools.reduce(getattr, ['real'], 1)"),
                arguments("dynamic-evaluation", "def f(x: 'print(1)'):\n    pass"),
                arguments("blocked-call", "import typing\ntyping.get_type_hints(print)"),
                arguments("blocked-import", "from typing import get_type_hints"),
                arguments("blocked-call", "import string\nstring.Formatter().get_field('0.real', [1], {})"),
                arguments("dunder-access", "print('0.__class__')"),
                arguments("resource-limit", "print(10 ** 10 ** 8)"),
                arguments("resource-limit", "x = 'a' * (2 ** 62)"),
                arguments("blocked-import", "import timeit\ntimeit.timeit('1')"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("hostileSnippets")
    void blocksHostileCode(String rule, String code) {
        PolicyReport report = sandbox.analyze(code);

        assertThat(report.verdict()).as(code).isEqualTo(PolicyReport.BLOCKED);
        assertThat(report.allowed()).isFalse();
        assertThat(report.blockingFindings()).extracting(Finding::rule).as(code).contains(rule);
        Finding first = report.blockingFindings().get(0);
        assertThat(first.line()).isPositive();
        assertThat(first.column()).isPositive();
        assertThat(first.snippet()).isNotBlank();
    }

    static Stream<Arguments> ordinaryScripts() {
        return StripeScripts.ORDINARY.entrySet().stream().map(e -> arguments(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("ordinaryScripts")
    void allowsOrdinaryStripeScriptsWithoutAnyBlockingFinding(String name, String code) {
        PolicyReport report = sandbox.analyze(code);

        assertThat(report.blockingFindings()).as(name).isEmpty();
        assertThat(report.verdict()).isEqualTo(PolicyReport.ALLOWED);
        assertThat(report.apiCalls()).as(name).isNotEmpty();
    }

    @Test
    void classifiesStripeCallsAsReadOrWrite() {
        PolicyReport report = sandbox.analyze("""
                import stripe
                from stripe import StripeClient
                stripe.api_key = "sk_test_placeholder"
                customer = stripe.Customer.create(name="Alice", email="alice@test.com")
                stripe.Customer.modify(customer.id, name="Alice Smith")
                for c in stripe.Customer.list(limit=3).auto_paging_iter():
                    print(c.id)
                stripe.checkout.Session.create(mode="payment", success_url="https://example.com")
                client = StripeClient("sk_test_placeholder")
                client.v1.customers.retrieve(customer.id)
                client.payment_intents.confirm("pi_1")
                stripe.Customer.search(query="email:'alice@test.com'")
                stripe.Customer.list_tax_ids(customer.id)
                """);

        assertThat(report.allowed()).isTrue();
        assertThat(report.apiCalls()).extracting(c -> c.resource() + "." + c.method() + ":" + c.access() + "@"
                + c.line()).containsExactly(
                "Customer.create:write@4", "Customer.modify:write@5", "Customer.list:read@6",
                "checkout.Session.create:write@8", "customers.retrieve:read@10",
                "payment_intents.confirm:write@11", "Customer.search:read@12", "Customer.list_tax_ids:read@13");
        assertThat(report.apiCalls()).allSatisfy(c -> assertThat(c.api()).isEqualTo("stripe"));
    }

    @Test
    void warnsWithoutBlockingAboutUnknownMethodsAndHardCodedKeys() {
        PolicyReport report = sandbox.analyze("""
                import stripe
                stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
                stripe.Customer.frobnicate()
                """);

        assertThat(report.allowed()).isTrue();
        assertThat(report.findings()).extracting(Finding::rule, Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("hardcoded-secret", "warning"),
                org.assertj.core.groups.Tuple.tuple("unknown-api", "warning"));
    }

    @Test
    void literalTemplatesAndPlainAnnotationsStayAllowed() {
        PolicyReport report = sandbox.analyze("""
                from typing import Optional
                from datetime import date
                TEMPLATE = "Customer {name} <{email}>"
                def label(name: "str", email: Optional[str] = None) -> "Optional[str]":
                    return TEMPLATE.format(name=name, email=email)
                print(label("a"), "{:%Y}".format(date.today()), str.format("{} items", 3), 2 ** 64, "-" * 40)
                """);

        assertThat(report.findings()).isEmpty();
        assertThat(report.allowed()).isTrue();
    }

    @Test
    void syntaxErrorsMakeTheReportInvalid() {
        PolicyReport report = sandbox.analyze("import stripe\nstripe.Customer.create(\n");

        assertThat(report.verdict()).isEqualTo(PolicyReport.INVALID);
        assertThat(report.syntax().valid()).isFalse();
        assertThat(report.syntax().line()).isNotNull();
        assertThat(report.findings()).isEmpty();
    }
}
