package io.agenticapi.planner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "2500 cents (25 USD) with currency usd | 2500   | usd",
            "25 USD and 2500 cents                | 2500   | usd",
            "$25                                  | 2500   | usd",
            "$0.99                                | 99     | usd",
            "US$ 1,250.50                         | 125050 | usd",
            "25 dollars                           | 2500   | usd",
            "€10.50                               | 1050   | eur",
            "10€                                  | 1000   | eur",
            "£5                                   | 500    | gbp",
            "1000 yen                             | 1000   | jpy",
            "¥1000                                | 1000   | jpy",
            "5000 KRW                             | 5000   | krw",
            "10.5 KWD                             | 10500  | kwd",
            "amount 2500 currency eur             | 2500   | eur",
            "EUR 12                               | 1200   | eur",
            "30 canadian dollars                  | 3000   | cad",
            "in usd for 50                        | 5000   | usd"})
    void readsAmountsInTheSmallestCurrencyUnit(String text, long minor, String currency) {
        MoneyParser.Amount amount = MoneyParser.parse(new RequestText(text)).orElseThrow();

        assertThat(amount.minor()).isEqualTo(minor);
        assertThat(amount.currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list the top 3 products", "show all 5 customers", "try 2 times", "for 3 months",
            "a payment for 50", "customer cus_123"})
    void wordsThatLookLikeCurrenciesOrBareNumbersAreNotMoney(String text) {
        assertThat(MoneyParser.parse(new RequestText(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$5 off | true", "$5 | false"})
    void notesAmountsThatAreDiscounts(String text, boolean off) {
        assertThat(MoneyParser.parse(new RequestText(text)).orElseThrow().off()).isEqualTo(off);
    }
}
