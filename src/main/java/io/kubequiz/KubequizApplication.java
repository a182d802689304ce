package io.kubequiz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KubequizApplication {

    public static void main(String[] args) {
        // KUBEQUIZ_DATA_DIR may be relative ("data"): let H2 resolve it against the working directory.
        System.setProperty("h2.implicitRelativePath", "true");
        SpringApplication.run(KubequizApplication.class, args);
    }
}
