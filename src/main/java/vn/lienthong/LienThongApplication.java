package vn.lienthong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LienThongApplication {

    public static void main(String[] args) {
        SpringApplication.run(LienThongApplication.class, args);
    }
}
