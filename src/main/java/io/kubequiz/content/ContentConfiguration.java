package io.kubequiz.content;

import io.kubequiz.content.BankLoader.BankFile;
import io.kubequiz.content.BankLoader.ChapterSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Loads the question bank from {@code kubequiz.content.location} (one folder per chapter) when the app starts. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    List<ChapterSource> bankSources(@Value("${kubequiz.content.location:classpath*:content}") String location) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<ChapterSource> sources = new ArrayList<>();
        for (Resource chapter : sorted(resolve(resolver, location + "/*/chapter.yaml"))) {
            String folder = folderOf(chapter);
            List<BankFile> questions = sorted(resolve(resolver, location + "/" + folder + "/questions/*.yaml")).stream()
                    .map(r -> read(r, "content/" + folder + "/questions/" + r.getFilename()))
                    .toList();
            sources.add(new ChapterSource(read(chapter, "content/" + folder + "/chapter.yaml"), questions));
        }
        return sources;
    }

    @Bean
    BankLoader.LoadedBank loadedBank(List<ChapterSource> bankSources) {
        return new BankLoader().loadWithContent(bankSources);
    }

    @Bean
    QuestionBank questionBank(BankLoader.LoadedBank loadedBank) {
        return loadedBank.bank();
    }

    private static Resource[] resolve(ResourcePatternResolver resolver, String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    private static List<Resource> sorted(Resource[] resources) {
        return Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getDescription))
                .toList();
    }

    private static String folderOf(Resource chapter) {
        try {
            String[] parts = chapter.getURL().getPath().split("/");
            return parts[parts.length - 2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BankFile read(Resource resource, String path) {
        try {
            return new BankFile(path, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
