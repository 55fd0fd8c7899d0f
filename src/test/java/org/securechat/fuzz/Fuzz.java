package org.securechat.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fuzz target of this suite. The build replays it on the empty input and on each file of
 * {@code <Class>Inputs/<method>/} beside this package in the test resources; with {@code JAZZER_FUZZ=1}
 * it fuzzes for 10 million inputs, however long that takes, so that runs compare across machines
 * (docs/fuzzing.md).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@DictionaryFile(resourcePath = "/org/securechat/fuzz/frames.dict")
@FuzzTest(maxDuration = "", maxExecutions = 10_000_000)
@interface Fuzz {
}
